#!/usr/bin/env bash
# Lays out target/rootfs, the whole file system of every image besides the application itself
# (ADR 0030): the jlinked runtime under /opt/jre and the C libraries it links against, copied from
# this (Debian) build machine with the dynamic loader, so the images need no base image. AWT, font
# and sound libraries are left out: the services run headless and never load them.
set -euo pipefail
jre="$(realpath "$1")"
rootfs="$2"
rm -rf "$rootfs"
mkdir -p "$rootfs/opt" "$rootfs/tmp"
cp -a "$jre" "$rootfs/opt/jre"
headless_only='libawt|libfontmanager|libjavajpeg|liblcms|libmlib_image|libsplashscreen|libjsound|libjawt'
{
  ldd "$jre/bin/java"
  find "$jre/lib" -name '*.so' | grep -Ev "$headless_only" | xargs -n1 ldd
} | grep -o '/[^ ]*' | grep -v "^$jre" | sort -u | while read -r library; do
  # The library's real file under the path the loader looks for it.
  mkdir -p "$rootfs$(dirname "$library")"
  cp -L "$library" "$rootfs$library"
done
# glibc's name service configuration: users and hosts from files, then DNS (Kubernetes' resolv.conf
# and hosts are mounted by the kubelet).
mkdir -p "$rootfs/etc"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:65532:65532:app:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:65532:\n' > "$rootfs/etc/group"
