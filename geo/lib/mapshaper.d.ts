// The part of mapshaper's Node API that geo/lib/simplify.ts uses (the package ships no types).
declare module 'mapshaper' {
  /**
   * Runs mapshaper commands on in-memory input files (name -> contents or parsed GeoJSON) and
   * resolves with the output files of any -o commands (name -> contents).
   */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | object>,
  ): Promise<Record<string, string | Uint8Array>>;

  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
