/**
 * The notebooks' narrative as prose: Markdown text kept in {@code notebooks/prose/}, with named placeholders
 * filled from typed results ({@link tiktokclaims.prose.Prose}), and the named values of each notebook's findings,
 * built from its typed results.
 */
package tiktokclaims.prose;
