/** Progress reporting: the interface long operations call, and a terminal progress bar that shows it. */
package tiktokclaims.progress;
