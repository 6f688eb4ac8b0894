// playprint.js makes the playground printable (print.js): once the view is
// ready, the figure, its description, the link and its QR code are kept
// for the print stylesheet, which hides the controls and the frame.
import { printable } from "./print.js";

const g = window.gradplay; // set by app.js, which runs first
if (g && g.ready) g.ready.then(() => printable(g, () => location.href), () => {});
