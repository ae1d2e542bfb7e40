# Filters `make lab`'s log. JupyterLab asks yarn for its registry setting at start; the yarn it bundles fails on
# recent Node.js and prints a 14 KB minified stack trace ("Dynamic require of util") before the URL. It is
# harmless (yarn's settings only matter for installing extensions from npm, which this project does not do), so
# it is replaced by one line saying so. Every other line passes through unchanged, at once.
/^Fail to get yarn configuration/ {
    print "(JupyterLab could not read yarn's settings with this Node.js: harmless, only installing extensions from npm needs them)"
    fflush()
    skipping = 1
    next
}
skipping && /^Node\.js v[0-9]/ { skipping = 0; next }
skipping { next }
{ print; fflush() }
