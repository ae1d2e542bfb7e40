package tiktokclaims.jupyter;

import java.util.Base64;
import java.util.Map;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;
import tiktokclaims.plot.ChartImages;
import tiktokclaims.report.Html;
import tiktokclaims.report.Renderable;
import tiktokclaims.report.TextTable;

/**
 * Installed by JJava (META-INF/services) when the lib is on the kernel's classpath: our result types, Tablesaw
 * tables and XChart charts display themselves as a cell's value. Tables render as escaped HTML (transcripts are
 * user text) and as text ({@link TextTable#of}), numbers readable in both (Tablesaw's own {@code print()} shows a
 * DOUBLE raw); charts as PNG at twice the pixels shown ({@link ChartImages#SHARP}), which JupyterLab shows in untrusted notebooks and nbconvert embeds in HTML. Every
 * HTML output is wrapped in {@link Html#noMaths}, so that no "$...$" in user text is typeset as maths, in
 * JupyterLab 4 (MathJax 3) or in the rendered pages (MathJax 2); plain-text outputs are never typeset. It also
 * lets the kernel's inspect (Shift+Tab) find the Javadoc of the lib, Tablesaw and Smile ({@link KernelJavadoc}).
 */
public final class NotebookExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        // Headless AWT: charts render on a server with no display.
        System.setProperty("java.awt.headless", "true");
        // Shift+Tab and Contextual Help show the lib's, Tablesaw's and Smile's Javadoc (JShell finds their sources).
        KernelJavadoc.install();
        var renderer = kernel.getRenderer();
        renderer.createRegistration(Renderable.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((r, ctx) -> {
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, r::toString);
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> Html.noMaths(r.toHTML()));
                });
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((t, ctx) -> {
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TextTable.of(t, Html.DEFAULT_MAX_ROWS));
                    ctx.renderIfRequested(MIMEType.TEXT_HTML, () -> Html.noMaths(Html.table(t)));
                });
        @SuppressWarnings("rawtypes")
        Class<Chart> chartType = Chart.class;
        renderer.createRegistration(chartType)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((c, ctx) -> {
                    ctx.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "chart: " + Html.plain(c.getTitle()));
                    // Sharp: twice the pixels, shown at the chart's size (the output's width/height metadata,
                    // which JupyterLab and nbconvert's <img width height> honour).
                    ctx.renderIfRequested(MIMEType.IMAGE_PNG, (type, out) -> {
                        Chart<?, ?> chart = (Chart<?, ?>) c;
                        out.putData(type, Base64.getEncoder().encodeToString(ChartImages.png(chart, ChartImages.SHARP)));
                        out.putMetaData(type, Map.of("width", chart.getWidth(), "height", chart.getHeight()));
                    });
                });
    }
}
