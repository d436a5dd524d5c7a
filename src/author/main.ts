import '../style.css';
import './author.css';
import { startAuthor } from './startAuthor';

// The authoring page's script entry (author.html), built apart from the app's (vite.config.ts).
const root = document.getElementById('author');
if (root)
  startAuthor(root).catch((error: unknown) => {
    console.error(error);
    const message = document.createElement('p');
    message.className = 'load-error';
    message.setAttribute('role', 'alert');
    message.textContent = `The authoring page could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.prepend(message);
  });
