"""Writes the project's Java kernelspec into the virtual environment (not the user's home).

The kernelspec runs scripts/jjava-kernel, which puts the lib and its Maven-built runtime classpath on JJava's
classpath and pins Java 17. Usage: python scripts/install_kernel.py VENV JAVA_HOME
"""
import json
import pathlib
import shutil
import subprocess
import sys
import zipfile


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
    compile_launcher(java_home, root, kernel_dir)
    if (kernel_dir / "prompt-kernel.jar").is_file():
        # scripts/run_notebooks.py runs notebooks one after another in a warm JVM started with this argument (one
        # new kernel, with a fresh JShell, per notebook: scripts/kernel/PromptKernel.java).
        spec["metadata"] = {"pool": "--pool"}
    target = kernel_dir / "kernel.json"
    text = json.dumps(spec, indent=2) + "\n"
    if not target.exists() or target.read_text() != text:
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(text)
        tmp.replace(target)
    print(f"kernelspec 'java' -> {target}")
    target.touch()
    # A second kernelspec, 'java-spark', for the one notebook that runs Spark (07-scale names it in its metadata):
    # the same kernel with the Spark module's class path and JVM flags added (scripts/jjava-kernel); every other
    # notebook keeps the lib-only class path and start-up time.
    spark = dict(spec, display_name="Java 17 + Spark (tiktok-claims)", env=dict(spec["env"], TIKTOK_CLAIMS_SPARK="1"),
                 metadata={})
    spark_dir = kernel_dir.parent / "java-spark"
    spark_dir.mkdir(exist_ok=True)
    spark_text = json.dumps(spark, indent=2) + "\n"
    spark_target = spark_dir / "kernel.json"
    if not spark_target.exists() or spark_target.read_text() != spark_text:
        tmp = spark_target.with_suffix(".json.tmp")
        tmp.write_text(spark_text)
        tmp.replace(spark_target)


def compile_launcher(java_home, root, kernel_dir):
    """Compiles scripts/kernel/PromptKernel.java (JJava's kernel with a shell channel that does not sleep between
    polls) into KERNEL_DIR/prompt-kernel.jar, which scripts/jjava-kernel starts when present. Without a javac the kernel
    starts as JJava's own main (each cell then waits ~55 ms more)."""
    source = root / "scripts" / "kernel" / "PromptKernel.java"
    target = kernel_dir / "prompt-kernel.jar"
    javac = pathlib.Path(java_home) / "bin" / "javac"
    tmp = kernel_dir / "launcher.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    done = subprocess.run([str(javac), "-nowarn", "-d", str(tmp), "-cp", str(kernel_dir / "jjava.jar"), str(source)],
                          capture_output=True, text=True) if javac.is_file() else None
    target.unlink(missing_ok=True)
    # The class-data-sharing archive records the kernel's class path: a new launcher makes it stale (make build
    # writes a new one).
    (kernel_dir / "jjava.jsa").unlink(missing_ok=True)
    if done is None or done.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        print("install_kernel: kernel launcher not compiled (JJava's own main is used): "
              + (done.stderr.strip()[:300] if done else f"no {javac}"), file=sys.stderr)
        return
    # A jar, not a folder: the class-data-sharing archive accepts only jars on the class path.
    part = target.with_suffix(".jar.tmp")
    with zipfile.ZipFile(part, "w") as jar:
        for f in sorted(tmp.rglob("*.class")):
            jar.write(f, f.relative_to(tmp).as_posix())
    shutil.rmtree(tmp, ignore_errors=True)
    part.replace(target)

if __name__ == "__main__":
    main()
