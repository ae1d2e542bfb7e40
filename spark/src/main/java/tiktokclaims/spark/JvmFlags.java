package tiktokclaims.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM flags a Spark driver needs on Java 17 (the {@code --add-opens} list spark-submit adds); the
 * launcher caches them in {@code spark/target/jvm-flags.txt}.
 */
public final class JvmFlags {

    private JvmFlags() {
    }

    public static void main(String[] args) {
        System.out.println(JavaModuleOptions.defaultModuleOptions());
    }
}
