# lit configuration for dlint's end-to-end tests (test/lit/**).
#
# Run:   python3 /usr/lib/llvm-14/build/utils/lit/lit.py -sv test/lit
#        (ctest runs the same with --param dlint=... --param filecheck=...)
# Params: dlint=PATH       the binary under test (else $DLINT, else build/*/bin/dlint)
#         filecheck=PATH   FileCheck (else /usr/lib/llvm-14/bin/FileCheck)
#         exec_root=DIR    where %t files go (else next to the binary's build tree)
# pylint: disable=undefined-variable  (lit injects `config` and `lit_config`)

import glob
import hashlib
import os
import sys
import tempfile

import lit.formats

config.name = 'dlint'
# The internal shell behaves the same everywhere and needs no bash.
config.test_format = lit.formats.ShTest(execute_external=False)
# `.dockerfile` too: rule tests are named test/lit/rules/<CODE>.dockerfile, and lit's suffix
# match is case-sensitive, so leaving it out would silently skip them.
# `.env` likewise: .env rule tests are test/lit/rules/EV<nnn>.env, read by dlint as .env files.
config.suffixes = ['.test', '.Dockerfile', '.dockerfile', '.env']
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
repo = config.test_source_root
# Tests live under test/lit/; these never hold tests (and Inputs hold files tests read).
config.excludes = ['Inputs', 'build', 'Output', 'examples', 'docs', 'fuzz', 'bench', '.git']


def find_dlint():
    explicit = lit_config.params.get('dlint') or os.environ.get('DLINT')
    if explicit:
        return os.path.abspath(explicit)
    # Prefer the CI build, then the most recently built one.
    candidates = glob.glob(os.path.join(repo, 'build', '*', 'bin', 'dlint'))
    preferred = os.path.join(repo, 'build', 'ci', 'bin', 'dlint')
    if preferred in candidates:
        return preferred
    if candidates:
        return max(candidates, key=os.path.getmtime)
    lit_config.fatal('no dlint binary: pass --param dlint=PATH, set DLINT, or build one '
                     'under build/<preset>/bin/dlint')


dlint = find_dlint()
if not os.access(dlint, os.X_OK):
    lit_config.fatal("dlint binary '%s' is missing or not executable" % dlint)

filecheck = lit_config.params.get('filecheck', '/usr/lib/llvm-14/bin/FileCheck')
if not os.access(filecheck, os.X_OK):
    lit_config.fatal("FileCheck not found at '%s' (pass --param filecheck=PATH; "
                     "Debian ships it in llvm-14-tools)" % filecheck)
llvm_bin = os.path.dirname(filecheck)

# %t files go next to the build tree of the binary under test, never into the sources.
exec_root = lit_config.params.get('exec_root')
if not exec_root:
    build_root = os.path.dirname(os.path.dirname(dlint))  # build/<preset>/bin/dlint
    if os.path.isfile(os.path.join(build_root, 'CMakeCache.txt')):
        exec_root = os.path.join(build_root, 'lit-output')
    else:
        tag = hashlib.sha1(dlint.encode()).hexdigest()[:12]
        exec_root = os.path.join(tempfile.gettempdir(), 'dlint-lit-' + tag)
config.test_exec_root = exec_root

shared = os.path.abspath(os.path.join(repo, '..', 'shared'))
if os.path.isdir(shared):
    config.available_features.add('shared')
else:
    lit_config.warning('../shared not found: corpus tests are skipped '
                       '(they are reported as UNSUPPORTED)')

# A build with DLINT_MIMALLOC on (the default, off under the sanitizers) links mimalloc;
# cli/allocator.test checks that it really serves the process.
build_cache = os.path.join(os.path.dirname(os.path.dirname(dlint)), 'CMakeCache.txt')
if os.path.isfile(build_cache):
    with open(build_cache, encoding='utf-8', errors='replace') as cache:
        settings = dict(line.strip().split('=', 1) for line in cache
                        if line.startswith('DLINT_') and '=' in line)
    if (settings.get('DLINT_MIMALLOC:BOOL') == 'ON' and settings.get('DLINT_SANITIZE:BOOL') != 'ON'
            and settings.get('DLINT_FUZZ:BOOL') != 'ON'):
        config.available_features.add('mimalloc')

# Tests run as root in CI, where chmod 000 does not stop a read; a test that needs
# permissions to bite says REQUIRES: non-root.
if hasattr(os, 'geteuid') and os.geteuid() != 0:
    config.available_features.add('non-root')
# .env rules ask git whether a file is ignored; their tests build small repositories.
import shutil
if shutil.which('git'):
    config.available_features.add('git')
# DF260 runs the external ShellCheck (build.sh installs it; a user's machine may not have it).
if shutil.which('shellcheck'):
    config.available_features.add('shellcheck')
# Reading /proc/self/mem at offset 0 fails with EIO: a reliable read error even for root.
if os.path.exists('/proc/self/mem'):
    config.available_features.add('proc-self-mem')

# color-tty.test runs dlint on a pseudo-terminal, which a minimal container may not offer.
try:
    for fd in os.openpty():
        os.close(fd)
    config.available_features.add('pty')
except OSError:
    pass

expect_exit = os.path.join(repo, 'test', 'lit', 'cli', 'Inputs', 'expect_exit.py')

# Longer names first: lit applies substitutions in order.
# -S: no site import, a faster start for a helper that runs on nearly every RUN line.
config.substitutions.append(('%expect_exit', '"%s" -S "%s"' % (sys.executable, expect_exit)))
config.substitutions.append(('%dlint', '"%s"' % dlint))
# As root, permission errors are tested by running dlint as `nobody` (runuser, util-linux),
# when `nobody` can run the binary and write nowhere special is needed (the test's folder is
# made world-readable).
if hasattr(os, 'geteuid') and os.geteuid() == 0 and shutil.which('runuser'):
    import subprocess
    try:
        probe = subprocess.run(['runuser', '-u', 'nobody', '--', dlint, '--version'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        if probe.returncode == 0:
            config.available_features.add('runuser-nobody')
    except (OSError, subprocess.SubprocessError):
        pass
config.substitutions.append(('%python', '"%s"' % sys.executable))
config.substitutions.append(('%shared', shared))
config.substitutions.append((r'\bFileCheck\b', filecheck))

# `not` is the internal shell's own; `count`, `split-file` and friends come from the same
# LLVM as FileCheck.
config.environment['PATH'] = os.pathsep.join([llvm_bin, config.environment.get('PATH', '')])
# Output must not depend on the terminal or the user's settings.
config.environment['NO_COLOR'] = '1'
config.environment.pop('TERM', None)
config.environment.pop('FORCE_COLOR', None)
