import '../style.css';
import { start } from './start';
import { startError } from './startError';

// The page's script entry (index.html): the composition root lives in this folder.
start().catch(startError);
