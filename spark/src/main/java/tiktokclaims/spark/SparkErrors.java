package tiktokclaims.spark;

import tiktokclaims.data.InputException;

/** Finds what a failed Spark job was about, for a one-line message. */
final class SparkErrors {

    private SparkErrors() {
    }

    /**
     * The {@link InputException} a task threw, from the cause chain of a failed job (local mode keeps the object),
     * or rebuilt from the failure text (a cluster sends the executor's exception back as text when the driver
     * cannot rebuild it); null when the failure was not about the input.
     */
    static InputException inputProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException e) {
                return e;
            }
        }
        String marker = InputException.class.getName() + ": ";
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            int at = m.indexOf(marker);
            if (at >= 0) {
                String line = m.substring(at + marker.length()).split("\n", 2)[0];
                return new InputException(null, 0, null, line) {
                    @Override
                    public String oneLine() {
                        return line;
                    }
                };
            }
        }
        return null;
    }

    /** The first line of a throwable's message (its class name when it has none), for one-line reports. */
    static String firstLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            return root.getClass().getSimpleName();
        }
        return m.strip().split("\n", 2)[0];
    }
}
