package tiktokclaims.jupyter;

import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/** Test helper: a JJava renderer with our {@link NotebookExtension} installed, as in the kernel. */
public final class NotebookRenderers {

    private NotebookRenderers() {
    }

    /** A renderer that shows values as the notebook kernel does once the lib's extension is installed. */
    public static Renderer installed() {
        Renderer renderer = new Renderer();
        BaseKernel kernel = new BaseKernel("test", "0", null, null, null, new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(), renderer, null, null, false, new StringStyler.Builder().build()) {
            @Override
            protected Object doEval(String expr) {
                return null;
            }

            @Override
            public DisplayData inspect(String code, int at, boolean extraDetail) {
                return null;
            }

            @Override
            public ReplacementOptions complete(String code, int at) {
                return null;
            }

            @Override
            public String isComplete(String code) {
                return null;
            }
        };
        new NotebookExtension().install(kernel);
        return renderer;
    }
}
