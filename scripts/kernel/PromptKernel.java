package tiktokclaims.kernel;

import org.dflib.jjava.distro.JJava;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.dflib.jjava.kernel.JavaKernel;
import org.dflib.jjava.kernel.magics.ClasspathMagic;
import org.dflib.jjava.kernel.magics.JarsMagic;
import org.dflib.jjava.kernel.magics.LoadMagic;
import org.dflib.jjava.kernel.magics.TimeMagic;
import org.dflib.jjava.maven.MavenDependencyResolver;
import org.dflib.jjava.maven.magics.AddMavenDependencyMagic;
import org.dflib.jjava.maven.magics.LoadFromPomCellMagic;
import org.dflib.jjava.maven.magics.LoadFromPomLineMagic;
import org.dflib.jjava.maven.magics.MavenMagic;
import org.dflib.jjava.maven.magics.MavenRepoMagic;
import org.dflib.jjava.shaded.org.zeromq.ZMQ;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The project's JJava kernel (scripts/jjava-kernel starts it): JJava 1.0a8 as its own main class builds it, with
 * one difference. JJava's shell and control channels poll their socket, then sleep 50 ms, after every message too:
 * each cell waits up to 50 ms before it starts and its reply holds the next request back, about 55 ms a cell
 * (measured: a cell {@code 1} takes 80 ms wall for 20 ms of the kernel's CPU). Here the two channels wait in the
 * socket's poll, so a request is taken the moment it arrives. Everything else (magics, extensions, JJAVA_* variables,
 * classpath) is JJava's own code. If this wiring fails (another JJava version), the kernel starts as JJava's main.
 */
public final class PromptKernel {

    private PromptKernel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && POOL.equals(args[0])) {
            pool();
            return;
        }
        if (!serve(Path.of(args[0]))) {
            System.err.println("tiktok-claims kernel: starting JJava's own main");
            JJava.main(args);
        }
    }

    /**
     * Serves one notebook: JJava's kernel (a fresh JShell) on the sockets of the connection file, until the client's
     * shutdown request closes them. False if this JJava cannot be wired as here (the caller then starts JJava's main).
     */
    static boolean serve(Path connectionFile) throws Exception {
        JupyterConnection connection;
        JavaKernel kernel;
        Ready handlersSet = new Ready();
        try {
            System.setProperty("java.util.logging.SimpleFormatter.format", "[%4$.1s %1$tF %1$tT.%1$tL %3$s] %5$s%n");
            KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(connectionFile));
            connection = new JupyterConnection(props);
            HMACGenerator hmac = props.createHMACGenerator();
            replaceChannel(connection, "shell", hmac, false, handlersSet);
            replaceChannel(connection, "control", hmac, true, handlersSet);
            kernel = build();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // nothing is bound yet: JJava's own main can take the same ports
            System.err.println("tiktok-claims kernel: " + e);
            return false;
        }
        // The sockets are bound before the kernel starts up (JJava binds them last), so that the client, which
        // connects as soon as it has the connection file, is connected and subscribed to IOPub by the time the kernel
        // answers: otherwise its connections wait out ZeroMQ's reconnect interval and its first kernel_info's status
        // on IOPub can be lost (about 0.3 s a notebook, measured with a warm JVM). Requests wait in the sockets until
        // the kernel's handlers are set (handlersSet), and are then handled with the class loader that starting the
        // kernel left as this thread's context loader, as when JJava starts the channels' threads after the kernel.
        connection.connect();
        kernel.onStartup();
        kernel.addToClasspath((String) env("extraClasspath"));
        for (Object snippet : (List<?>) env("startupSnippets")) {
            kernel.evalBuilder((String) snippet).resolveMagics().eval();
        }
        kernel.becomeHandlerForConnection(connection);
        // Served once the shutdown request is handled (JShell closed, reply sent): the sockets then close on their own
        // threads, JJava's heartbeat loop within its 500 ms sleep, while the next kernel starts.
        java.util.concurrent.CountDownLatch served = new java.util.concurrent.CountDownLatch(1);
        ShellHandler<ShutdownRequest> shutdown = connection.getHandler(MessageType.SHUTDOWN_REQUEST);
        connection.setHandler(MessageType.SHUTDOWN_REQUEST, (env, message) -> {
            try {
                shutdown.handle(env, message);
            } finally {
                served.countDown();
            }
        });
        Thread closed = new Thread(() -> {
            connection.waitUntilClose();
            served.countDown();
        }, "kernel-closed");
        closed.setDaemon(true);
        handlersSet.open(Thread.currentThread().getContextClassLoader());
        closed.start();
        served.await();
        return true;
    }

    /** The argument that starts the kernel as a pool: see {@link #pool()}. */
    static final String POOL = "--pool";

    /**
     * A warm JVM for notebooks run one after another (scripts/run_notebooks.py starts one per worker). Each line on
     * standard input is a connection file: the JVM serves it as {@link #serve} does, a new JJava kernel with a fresh
     * JShell whose class loader loads the lib's classes anew, so a notebook sees nothing of the ones before it
     * (statics included). What carries over is what makes the next start cheap: the JVM itself, JShell's compiler
     * and the libraries on the JVM's class path, loaded and compiled. After each notebook it writes "served FILE" on
     * standard error; at the end of its input it exits.
     */
    static void pool() throws Exception {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean serving = new java.util.concurrent.atomic.AtomicBoolean();
        String end = "\0end";
        // Standard input is read on its own thread: its end while a notebook is being served means the runner is
        // gone (it closes the pipe only after the last notebook's shutdown), and the JVM exits rather than wait
        // for a client that will never send the shutdown request.
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            } catch (java.io.IOException e) {
                // as at the end of the input
            }
            if (serving.get()) {
                System.exit(0);
            }
            lines.add(end);
        }, "pool-input");
        reader.setDaemon(true);
        reader.start();
        PrintStream err = System.err;
        for (String line = lines.take(); !line.equals(end); line = lines.take()) {
            serving.set(true);
            boolean served = serve(Path.of(line));
            serving.set(false);
            if (!served) {
                System.exit(3);
            }
            err.println("served " + line);
            err.flush();
        }
        System.exit(0);
    }

    /** The kernel as JJava's main builds it (same magics, options from the same JJAVA_* variables). */
    private static JavaKernel build() throws ReflectiveOperationException {
        MavenDependencyResolver maven = new MavenDependencyResolver();
        TimeMagic time = new TimeMagic();
        Properties pom = new Properties();
        try (InputStream in = JJava.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.dflib.jjava/jjava-distro/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Class<?> timeoutClass = Class.forName("org.dflib.jjava.distro.JJava$Timeout");
        Method parse = timeoutClass.getDeclaredMethod("parseOrDefault", String.class);
        parse.setAccessible(true);
        Object timeout = parse.invoke(null, System.getenv("JJAVA_TIMEOUT"));
        Field duration = timeoutClass.getDeclaredField("time");
        Field unit = timeoutClass.getDeclaredField("timeUnit");
        duration.setAccessible(true);
        unit.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> compilerOpts = (List<String>) env("compilerOpts");
        return JavaKernel.builder()
                .name("JJava")
                .version((String) pom.getOrDefault("version", ""))
                .extensionsEnabled((Boolean) env("extensionsEnabled"))
                .compilerOpts(compilerOpts)
                .timeout(duration.getLong(timeout), (TimeUnit) unit.get(timeout))
                .lineMagic("load", new LoadMagic())
                .lineMagic("classpath", new ClasspathMagic())
                .lineMagic("time", time)
                .lineMagic("maven", new MavenMagic(maven))
                .lineMagic("mavenRepo", new MavenRepoMagic(maven))
                .lineMagic("loadFromPOM", new LoadFromPomLineMagic(maven))
                .lineMagic("jars", new JarsMagic())
                .lineMagic("addMavenDependency", new AddMavenDependencyMagic(maven))
                .cellMagic("loadFromPOM", new LoadFromPomCellMagic(maven))
                .cellMagic("time", time)
                .build();
    }

    /** Opened once the kernel's handlers are set; it carries the context class loader for the channels' threads. */
    static final class Ready {
        private final java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);
        private volatile ClassLoader loader;

        void open(ClassLoader contextLoader) {
            loader = contextLoader;
            latch.countDown();
        }

        ClassLoader await() throws InterruptedException {
            latch.await();
            return loader;
        }
    }

    /** A static method of JJava's package-private Env (how it reads the JJAVA_* variables). */
    private static Object env(String method) {
        try {
            Method m = Class.forName("org.dflib.jjava.distro.Env").getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JJava's Env." + method + ": " + e, e);
        }
    }

    private static void replaceChannel(JupyterConnection connection, String name, HMACGenerator hmac, boolean control,
            Ready handlersSet) throws ReflectiveOperationException {
        Field ctxField = JupyterConnection.class.getDeclaredField("ctx");
        ctxField.setAccessible(true);
        ZMQ.Context ctx = (ZMQ.Context) ctxField.get(connection);
        Field field = JupyterConnection.class.getDeclaredField(name);
        field.setAccessible(true);
        ShellChannel old = (ShellChannel) field.get(connection);
        field.set(connection, new WaitingShellChannel(ctx, hmac, control, connection, handlersSet));
        old.close();
    }

    /**
     * A shell (or control) channel whose loop blocks in the socket's poll instead of sleeping between polls, and reads
     * no request before the kernel's handlers are set (handlersSet).
     */
    static final class WaitingShellChannel extends ShellChannel {
        private static final int POLL_MS = 200;
        private final boolean control;
        private final JupyterConnection connection;
        private final Ready handlersSet;
        private boolean contextSet;
        private volatile Loop loop;
        private volatile boolean closing;

        WaitingShellChannel(ZMQ.Context ctx, HMACGenerator hmac, boolean control, JupyterConnection connection,
                Ready handlersSet) {
            super(ctx, hmac, control, connection);
            this.control = control;
            this.connection = connection;
            this.handlersSet = handlersSet;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void bind(KernelConnectionProperties props) {
            bind(formatAddress(props.getTransport(), props.getIp(),
                    control ? props.getControlPort() : props.getShellPort()));
            ZMQ.Poller poller = ctx.poller(1);
            poller.register(this, ZMQ.Poller.POLLIN);
            String name = (control ? "Control" : "Shell") + "-wait";
            loop = new Loop(name, 0, () -> {
                int ready;
                try {
                    ready = poller.poll(POLL_MS);
                } catch (RuntimeException e) {
                    if (closing) {
                        return; // the socket was closed under the poll by a shutdown request: the loop ends
                    }
                    throw e;
                }
                if (ready <= 0) {
                    return;
                }
                if (!contextSet) {
                    try {
                        Thread.currentThread().setContextClassLoader(handlersSet.await());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    contextSet = true;
                }
                Message<?> message = readMessage();
                ShellHandler handler = connection.getHandler(message.getHeader().getType());
                if (handler == null) {
                    logger.warn("Unhandled message: {}", message.getHeader().getType().getName());
                    return;
                }
                ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
                try {
                    handler.handle(env, message);
                } catch (Exception e) {
                    logger.warn("Unhandled exception handling {}: {}", message.getHeader().getType().getName(),
                            e.toString());
                } finally {
                    env.resolveDeferrals();
                }
                if (env.isMarkedForShutdown()) {
                    connection.close();
                }
            });
            loop.start();
        }

        @Override
        public void close() {
            closing = true;
            Loop l = loop;
            if (l != null) {
                l.shutdown();
            }
            super.close();
        }

        @Override
        public void waitUntilClose() {
            Loop l = loop;
            if (l != null) {
                try {
                    l.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
