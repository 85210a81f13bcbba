#!/usr/bin/env python3
"""Regenerates internal/Routes.java from ../shared/netexplorer-routes.md (the rebuilt route table).

Run from the worktree root: python3 sdk-netexplorer/src/build/gen_routes.py /work/shared/netexplorer-routes.md
A corrected route is then a one-line change in Routes.java (or in the markdown + a rerun).
"""
import re, sys

GROUPS = {
    "Authentication and account": "account", "Folders and roots": "folders", "Files": "files",
    "Templates": "templates", "Trash": "trash", "Annotations": "annotations", "Locks": "locks",
    "Rights": "rights", "Alerts": "alerts", "Users": "users", "Invitations": "invitations",
    "Groups": "groups", "Connection options": "options", "Delegates (deprecated)": "delegates",
    "Emails": "emails", "Share links (sharelink) and share-link emails": "sharelinks",
    "Shares (share), share emails, zip": "shares", "Upload links (ulink)": "ulinks",
    "Configuration": "config", "Preview and thumbnails": "preview",
    "Workflow (flux) instances": "workflow", "Signatures (new e-signature module; not in seed)": "signatures",
    "Logs and activity": "logs", "Archives": "archives", "Admin": "admin", "Tokens": "tokens",
    "Sync helpers": "sync", "OAuth2 apps and tokens": "oauth2", "Tags (not in seed)": "tags",
    "Identity providers (not in seed)": "identity",
}

def rows(md):
    group = None
    in_table = False
    for line in md.splitlines():
        if line.startswith("## Route table"):
            in_table = True
            continue
        if in_table and line.startswith("## "):
            break
        if not in_table:
            continue
        if line.startswith("### "):
            group = GROUPS[line[4:].strip()]
            continue
        if not line.startswith("| ") or line.startswith("| operation") or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) != 6:
            raise SystemExit("bad row: " + line)
        yield group, cells

def const_name(method, path):
    p = path
    special = ""
    if "uploadMethod=stream" in p:
        p, special = "/file/upload", "_STREAM"
    if p.endswith("/..."):
        p, special = p[:-4], "_STATUS"
    p = p.replace("(outside /api)", "").strip()
    segs = []
    for s in p.strip("/").split("/"):
        opt = s.startswith("[")
        s = s.strip("[]{}")
        segs.append(re.sub(r"[^A-Za-z0-9]", "", s).upper() + ("_OPT" if opt else ""))
    return method + "_" + "_".join(segs) + special

def jstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def main():
    md = open(sys.argv[1], encoding="utf-8").read()
    out = []
    seen = set()
    for group, (op, seed, method, path, evidence, conf) in rows(md):
        path = path.strip("`")
        outside = "(outside /api)" in path
        name = const_name(method, path)
        if name in seen:
            raise SystemExit("duplicate " + name)
        seen.add(name)
        clean = path
        if "uploadMethod=stream" in clean:
            clean = "/file/upload"
        clean = clean.replace("(outside /api)", "").strip()
        out.append((name, group, method, clean, outside, conf, seed, evidence, op))
    tmpl = open(sys.argv[0].replace("gen_routes.py", "Routes.java.tmpl"), encoding="utf-8").read()
    consts = []
    for (name, group, method, path, outside, conf, seed, evidence, op) in out:
        consts.append("  /** {} {}: {} */\n  {}({}, {}, {}, {}, Confidence.{}, {}, {}, {}),".format(
            method, path.replace("*", "&#42;").replace("@", "&#64;"), conf, name, jstr(group), jstr(method), jstr(path),
            "true" if outside else "false", conf.upper(), jstr(seed), jstr(evidence), jstr(op)))
    body = "\n".join(consts)[:-1] + ";"
    open(sys.argv[2], "w", encoding="utf-8").write(tmpl.replace("//CONSTANTS", body))
    print(len(out), "routes")

main()
