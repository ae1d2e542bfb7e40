"""Writes the project's Java kernelspec into the virtual environment (not the user's home).

The kernelspec runs scripts/jjava-kernel, which puts the lib and its Maven-built runtime classpath on JJava's
classpath and pins Java 17. Usage: python scripts/install_kernel.py VENV JAVA_HOME
"""
import json
import pathlib
import sys


def main() -> None:
    venv = pathlib.Path(sys.argv[1]).resolve()
    java_home = sys.argv[2]
    root = pathlib.Path(__file__).resolve().parent.parent
    kernel_dir = venv / "share" / "jupyter" / "kernels" / "java"
    if not (kernel_dir / "jjava.jar").is_file():
        sys.exit(f"install_kernel: {kernel_dir}/jjava.jar is missing: is the jjava package installed in {venv}?")
    spec = {
        "argv": [str(root / "scripts" / "jjava-kernel"), "{connection_file}"],
        "display_name": "Java 17 (tiktok-claims)",
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "TIKTOK_CLAIMS_JAVA_HOME": java_home,
            "JJAVA_KERNEL_DIR": str(kernel_dir),
        },
        "metadata": {},
    }
    target = kernel_dir / "kernel.json"
    text = json.dumps(spec, indent=2) + "\n"
    if not target.exists() or target.read_text() != text:
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(text)
        tmp.replace(target)
    print(f"kernelspec 'java' -> {target}")
    # A second kernelspec, 'java-spark', for the one notebook that runs Spark (07-scale names it in its metadata):
    # the same kernel with the Spark module's class path and JVM flags added (scripts/jjava-kernel); every other
    # notebook keeps the lib-only class path and start-up time.
    spark = dict(spec, display_name="Java 17 + Spark (tiktok-claims)", env=dict(spec["env"], TIKTOK_CLAIMS_SPARK="1"))
    spark_dir = kernel_dir.parent / "java-spark"
    spark_dir.mkdir(exist_ok=True)
    spark_text = json.dumps(spark, indent=2) + "\n"
    spark_target = spark_dir / "kernel.json"
    if not spark_target.exists() or spark_target.read_text() != spark_text:
        tmp = spark_target.with_suffix(".json.tmp")
        tmp.write_text(spark_text)
        tmp.replace(spark_target)


if __name__ == "__main__":
    main()
