// The stories' index the build writes (scripts/storiesPlugin.ts).
declare module 'virtual:claimline-stories' {
  const listings: readonly import('../story/stories.ts').StoryListing[];
  export default listings;
}
