#!/usr/bin/env bash
# Does the Makefile install every Debian package the build and the binary
# need? A package installed by hand hides its absence from every local build
# and CI run; a fresh machine then fails. This resolves each system header
# the C targets include (through the toolchain's own preprocessor, as the
# build does), each library Package.swift links and each library the C code
# dlopens to the Debian package that owns it (dpkg -S), and reports every
# package the Makefile does not install. The toolchain's own headers (Swift's
# clang, glibc's and the kernel's) are the base every build has.
# usage: check-build-deps.sh [MAKEFILE]     (exit 1 when one is missing)
set -uo pipefail
cd "$(dirname "$0")/.."
makefile=${1:-Makefile}
clang=/opt/swift/usr/bin/clang
command -v "$clang" >/dev/null || clang=clang

base='^(libc6-dev|linux-libc-dev|libgcc-[0-9]+-dev|libcrypt-dev|libc6)$'
declared=$(grep -E '^[A-Z_]*DEBS *:?=' "$makefile" | sed 's/^[^=]*=//' | tr ' ' '\n' | grep -v '^$' | sort -u)
problems=()
checked=0

owner() { dpkg -S "$(readlink -f "$1")" 2>/dev/null | head -1 | cut -d: -f1; }

judge() { # what, path
  local pkg
  checked=$((checked + 1))
  case "$(readlink -f "$2")" in /opt/swift/*) return ;; esac
  pkg=$(owner "$2")
  if [ -z "$pkg" ]; then problems+=("$1 ($2) belongs to no Debian package"); return; fi
  grep -qxE "$base" <<<"$pkg" && return
  grep -qx "$pkg" <<<"$declared" || problems+=("$1 comes from $pkg, which $makefile does not install")
}

while read -r header; do
  path=$(printf '#define _GNU_SOURCE\n#include <%s>\n' "$header" | "$clang" -E -H -x c - -o /dev/null 2>&1 | grep -m1 -E '^\. ' | cut -c3-)
  if [ -z "$path" ]; then problems+=("<$header> is not on this machine"); continue; fi
  judge "<$header>" "$path"
done < <(grep -rhoE '#include <[^>]+>' Sources | sed -E 's/#include <([^>]+)>/\1/' | sort -u)

while read -r lib; do
  path=$("$clang" -print-file-name="$lib")
  [ "$path" = "$lib" ] && path=$(ls /usr/lib/x86_64-linux-gnu/"$lib" /usr/lib/"$lib" 2>/dev/null | head -1)
  if [ -z "$path" ]; then problems+=("library $lib is not on this machine"); continue; fi
  judge "library $lib" "$path"
done < <({ grep -oE 'linkedLibrary\("[^"]+"\)' Package.swift | sed -E 's/linkedLibrary\(":?([^"]+)"\)/\1/'
           # The linker script that links the C++ runtime statically.
           grep -hoE '^INPUT\(.*\)' Sources/hull/StaticRuntime/* | grep -oE -- '-l:?[^ )]+' | sed -E 's/^-l:?//'
         } | sed -E '/\.(a|so)$/!s/^(.*)$/lib\1.so/' | sort -u)

# dlopen'd at run time: the first name each loader tries must be installed.
while read -r lib; do
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l {print $NF; exit}')
  if [ -z "$path" ]; then problems+=("dlopen'd $lib is not on this machine"); continue; fi
  judge "dlopen'd $lib" "$path"
done < <(grep -rhoE 'dlopen\("[^"]+"|names\[\] = \{"[^"]+"' Sources | grep -oE '"[^"]+"' | tr -d '"' | sort -u)

if [ ${#problems[@]} -gt 0 ]; then
  echo "check-build-deps: a fresh machine would fail:"
  printf '  - %s\n' "${problems[@]}"
  exit 1
fi
echo "check-build-deps: all $checked headers and libraries come from packages $makefile installs"
