/**
 * Writing results safely: the one output helper every command and every writer in the lib uses (refuse before the
 * work, temp file and rename, modes kept), and the exception that says a request cannot be done as given. It sits
 * below {@code claims}, {@code plot} and {@code cli}, which all write files.
 */
package tiktokclaims.output;
