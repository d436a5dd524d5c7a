import '../style.css';
import { startError } from '../ui/startError';
import { start } from './start';

// The page's script entry (index.html): the composition root lives in this folder.
start().catch(startError);
