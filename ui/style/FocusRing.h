#pragma once

// A ring in the text colour around whichever control has the keyboard focus, in every
// window. The styles' own focus marks are faint (about 2:1 on both palettes); the text
// colour stands out from the window by at least 4.5:1 on either, so the ring does too.
namespace FocusRing {
void install();
}
