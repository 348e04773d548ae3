# Sourced by .ci/run: make Node 22 (the major in .nvmrc) the `node` on PATH when the
# machine's is older. Node's own binaries are published on the npm registry as
# node-linux-<arch>, the one registry CI reaches, so no other download is needed.
# The unpacked binary is kept under ~/.cache/telisik-node/ for later runs.
want="$(tr -d ' \nv' < .nvmrc)"
want="${want%%.*}"
have="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$have" -lt "$want" ]; then
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
  cache="${TELISIK_NODE_CACHE:-$HOME/.cache/telisik-node}"
  mkdir -p "$cache"
  home="$(find "$cache" -maxdepth 1 -type d -name "node-v$want.*-linux-$arch" | sort -V | tail -n 1)"
  if [ -z "$home" ] || [ ! -x "$home/bin/node" ]; then
    # npm resolves "@22" to the newest 22.x, as it would for a dependency
    tarball="$(cd "$cache" && npm pack --silent "node-linux-$arch@$want" | tail -n 1)"
    version="${tarball#node-linux-"$arch"-}"
    version="${version%.tgz}"
    home="$cache/node-v$version-linux-$arch"
    rm -rf "$home.tmp" && mkdir -p "$home.tmp"
    tar xzf "$cache/$tarball" -C "$home.tmp" --strip-components=1
    rm -rf "$home" && mv "$home.tmp" "$home" && rm -f "$cache/$tarball"
  fi
  export PATH="$home/bin:$PATH"
  # native addons (node-gyp) build against this Node's headers, not the machine's (/usr)
  export npm_config_nodedir="$home"
  echo "CI: Node $(node --version) from $home (the machine has Node $have)"
fi
