#!/usr/bin/env python3
"""Generates the part-2 resource groups of sdk-netexplorer (every high/medium route outside the part-1 groups):
model records, request builders (*Changes), *Api classes, request-exact MockWebServer tests and the catalog
operations-part2.tsv, from part2_models.py, part2_changes.py and part2_ops.py.
Run from the worktree root: python3 sdk-netexplorer/src/build/gen_part2.py"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from part2_models import M
from part2_changes import C
from part2_ops import G, PDOC as OPDOC

ROOT = "sdk-netexplorer/src"
PKG = ROOT + "/main/java/org/gedkit/netexplorer"
TPKG = ROOT + "/test/java/org/gedkit/netexplorer"
RES = ROOT + "/test/resources/org/gedkit/netexplorer"

# ---------------------------------------------------------------- route table
ROUTES = {}
for m in re.finditer(r'^  ([A-Z0-9_]+)\("([a-z0-9]+)", "([A-Z]+)", "([^"]*)", (true|false), Confidence\.([A-Z]+), "([^"]*)"',
                     open(PKG + "/internal/Routes.java", encoding="utf-8").read(), re.M):
    ROUTES[m.group(1)] = dict(group=m.group(2), method=m.group(3), path=m.group(4), outside=m.group(5) == "true",
                              conf=m.group(6).lower(), seed=m.group(7))

def camel(w):
    p = w.split("_")
    return p[0] + "".join(x[:1].upper() + x[1:] for x in p[1:])

# ---------------------------------------------------------------- models
def parse_fields(text):
    out = []
    for line in text.strip().splitlines():
        wire, typ, kind, doc = line.split(" ", 3)
        alias = None
        if "|" in wire:
            wire, alias = wire.split("|")
        jn = None
        if "=" in wire:
            wire, jn = wire.split("=")
        out.append((jn or camel(wire), wire, typ, kind, doc, alias))
    return out

def jtype(t, k):
    if k in ("o", "L", "s"):
        return "Optional<%s>" % t
    if k == "l":
        return "List<%s>" % (t[5:-1] if t.startswith("List<") else t)
    return t

def gen_model(name, doc, fields):
    imps = {"com.fasterxml.jackson.annotation.JsonAnyGetter", "com.fasterxml.jackson.annotation.JsonAnySetter",
            "com.fasterxml.jackson.annotation.JsonProperty", "java.util.Map", "org.gedkit.core.json.ExtraFields"}
    comps, norms, params, secrets = [], [], [], []
    for (jn, wn, t, k, d, alias) in fields:
        if "OffsetDateTime" in t: imps.add("java.time.OffsetDateTime")
        if "List<" in t or k == "l": imps.add("java.util.List")
        if k in ("o", "L", "s"): imps.add("java.util.Optional"); imps.add("org.gedkit.netexplorer.internal.Norm")
        if k == "l": imps.add("org.gedkit.netexplorer.internal.Norm")
        if k == "p" and t == "String": imps.add("org.gedkit.netexplorer.internal.Norm")
        ann = '@JsonProperty("%s")' % wn
        if alias:
            imps.add("com.fasterxml.jackson.annotation.JsonAlias"); ann += ' @JsonAlias("%s")' % alias
        if k == "L":
            imps.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize")
            imps.add("org.gedkit.netexplorer.internal.NetExplorerJson")
            ann += " @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class)"
        comps.append("    %s %s %s" % (ann, jtype(t, k), jn))
        extra = ""
        if k in ("o", "L", "s"):
            norms.append("    %s = Norm.opt(%s);" % (jn, jn)); extra = "; never null, empty when the server omits it"
        elif k == "l":
            norms.append("    %s = Norm.list(%s);" % (jn, jn)); extra = "; never null, empty when absent"
        elif t == "String":
            norms.append("    %s = Norm.str(%s);" % (jn, jn)); extra = "; never null"
        if k == "s":
            secrets.append(jn); extra += "; a secret, hidden by toString()"
        params.append(" * @param %s %s (wire {@code %s})%s" % (jn, d, wn, extra))
    comps.append("    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra")
    params.append(" * @param extra wire fields this SDK does not know yet; never null")
    norms.append("    extra = ExtraFields.copyOf(extra);")
    src = "package org.gedkit.netexplorer.model;\n\n" + "".join("import %s;\n" % i for i in sorted(imps)) + "\n"
    src += "/**\n * %s\n *\n%s\n */\n" % (doc + (" Its toString() hides secrets." if secrets else ""), "\n".join(params))
    src += "public record %s(\n%s) {\n\n" % (name, ",\n".join(comps))
    src += "  /**\n   * Normalises the components (no nulls).\n   *\n%s\n   */\n" % "\n".join("  " + p for p in params)
    src += "  public %s {\n%s\n  }\n" % (name, "\n".join(norms))
    if secrets:
        parts = []
        for (jn, wn, t, k, d, alias) in fields:
            if jn in secrets:
                parts.append('"%s=" + (%s.isPresent() ? "***" : "<none>")' % (jn, jn))
            else:
                parts.append('"%s=" + %s' % (jn, jn))
        parts.append('"extra=" + extra.keySet()')
        src += "\n  @Override\n  public String toString() {\n    return \"%s[\" + %s + \"]\";\n  }\n" % (
            name, ' + ", " + '.join(parts))
    src += "}\n"
    open(PKG + "/model/" + name + ".java", "w", encoding="utf-8").write(src)

for n, (doc, text) in M.items():
    gen_model(n, doc, parse_fields(text))

# ---------------------------------------------------------------- request builders
SETTER = {
    "String": ("String", "v"), "long": ("long", "v"), "int": ("int", "v"), "double": ("double", "v"),
    "boolean": ("boolean", "v"), "OffsetDateTime": ("OffsetDateTime", "Wire.date(v)"),
    "LocalTime": ("LocalTime", "HH_MM_SS.format(v)"), "List<String>": ("List<String>", "List.copyOf(v)"),
    "List<Long>": ("List<Long>", "List.copyOf(v)"), "IdList": ("List<String>", "Wire.idObjects(v)"),
    "EmailList": ("List<String>", "Wire.emailObjects(v)"), "Map": ("Map<String, ?>", "new LinkedHashMap<>(v)"),
    "Secret": ("String", "v"),
}

def gen_changes(name, doc, text, generic):
    fields = []
    for line in text.strip().splitlines():
        wire, typ, d = line.split(" ", 2)
        jn = None
        if "=" in wire:
            wire, jn = wire.split("=")
        fields.append((jn or camel(wire), wire, typ, d))
    secrets = [w for (j, w, t, d) in fields if t == "Secret"]
    imps = {"java.util.Collections", "java.util.LinkedHashMap", "java.util.Map"}
    setters = []
    for (jn, wn, t, d) in fields:
        if t == "RootList":
            imps.add("java.util.ArrayList"); imps.add("java.util.List")
            for (m, et, what) in (("addFile", 0, "file"), ("addFolder", 1, "folder")):
                setters.append("""    /**
     * Adds a %s to the %s.
     *
     * @param id the %s id
     * @return this builder
     */
    public Builder %s(long id) {
      @SuppressWarnings("unchecked")
      List<Object> roots = (List<Object>) f.computeIfAbsent("%s", k -> new ArrayList<Object>());
      roots.add(Wire.obj("id", id, "entity_type", %d));
      return this;
    }
""" % (what, d, what, m, wn, et))
            continue
        if t == "IpList":
            imps.add("java.util.List")
            setters.append("""    /**
     * Sets the IP allow-list (an empty list blocks every login).
     *
     * @param v the allowed IPs
     * @return this builder
     */
    public Builder %s(List<String> v) {
      f.put("%s", List.copyOf(InvalidArgumentException.requireNonNull(v, "%s", NetExplorerClient.BACKEND)));
      return this;
    }

    /**
     * Removes IP filtering (sends {@code null}).
     *
     * @return this builder
     */
    public Builder noIpFilter() {
      f.put("%s", null);
      return this;
    }
""" % (jn, wn, jn, wn))
            continue
        pt, conv = SETTER[t]
        if "List" in pt: imps.add("java.util.List")
        if t == "OffsetDateTime": imps.add("java.time.OffsetDateTime")
        if t == "LocalTime": imps.add("java.time.LocalTime"); imps.add("java.time.format.DateTimeFormatter")
        nn = "" if pt in ("long", "int", "double", "boolean") else '      InvalidArgumentException.requireNonNull(v, "%s", NetExplorerClient.BACKEND);\n' % jn
        setters.append("""    /**
     * Sets %s (wire {@code %s}).
     *
     * @param v the value%s
     * @return this builder%s
     */
    public Builder %s(%s v) {
%s      f.put("%s", %s);
      return this;
    }
""" % (d, wn, "" if nn == "" else "; not null", "" if nn == "" else "\n     * @throws InvalidArgumentException when v is null", jn, pt, nn, wn, conv))
    if generic:
        setters.append("""    /**
     * Sets any other value by its wire name.
     *
     * @param wireName the wire name
     * @param value the value (a string, number, boolean, list or map)
     * @return this builder
     * @throws InvalidArgumentException when wireName is null
     */
    public Builder set(String wireName, Object value) {
      f.put(InvalidArgumentException.requireNonNull(wireName, "wireName", NetExplorerClient.BACKEND), value);
      return this;
    }
""")
    body_txt = "\n".join(setters)
    if "Wire." in body_txt:
        imps.add("org.gedkit.netexplorer.internal.Wire")
    if "Objects." in body_txt:
        imps.add("java.util.Objects")
    if "InvalidArgumentException." in body_txt:
        imps.add("org.gedkit.core.error.InvalidArgumentException")
    hh = '\n  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");\n' if "java.time.LocalTime" in imps else ""
    mask = ""
    if secrets:
        mask = "\n    for (String k : new String[] {%s}) {\n      if (shown.containsKey(k)) {\n        shown.put(k, \"***\");\n      }\n    }" % ", ".join('"%s"' % s for s in secrets)
    src = "package org.gedkit.netexplorer;\n\n" + "".join("import %s;\n" % i for i in sorted(imps)) + "\n"
    src += """/**
 * %s Immutable; build with {@link #builder()}.
 */
public final class %s {
%s
  private final Map<String, Object> fields;

  private %s(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Nothing set.
   *
   * @return an empty instance; never null
   */
  public static %s none() {
    return new %s(Map.of());
  }

  /**
   * Starts a builder.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The wire form: the fields set, in the order they were set; a new mutable ordered map. */
  Map<String, Object> toWire() {
    return new LinkedHashMap<>(fields);
  }

  @Override
  public String toString() {
    Map<String, Object> shown = new LinkedHashMap<>(fields);%s
    return "%s" + shown;
  }

  /** Builds a {@link %s}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> f = new LinkedHashMap<>();

    private Builder() {}

%s
    /**
     * Builds the instance.
     *
     * @return the instance; never null
     */
    public %s build() {
      return new %s(f);
    }
  }
}
""" % (doc, name, hh, name, name, name, mask, name, name, "\n".join(setters), name, name)
    open(PKG + "/" + name + ".java", "w", encoding="utf-8").write(src)

for n, (doc, text, generic) in C.items():
    gen_changes(n, doc, text, generic)

# ---------------------------------------------------------------- apis
PDOC = {"pageSize": "page size (at least 1)", "target": "where the bytes go", "changes": "the fields to set",
        "type": "file or folder", "image": "the image", "password": "the password to check", "token": "the token",
        "recipients": "recipient e-mail addresses", "subject": "e-mail subject", "content": "e-mail body"}

def pparse(p):
    nullable = p.startswith("?")
    p = p.lstrip("?")
    t, n = p.rsplit(" ", 1)
    return t, n, nullable

def route_doc(r):
    ri = ROUTES[r]
    seed = "seed lines " + ri["seed"] if ri["seed"] != "-" else "no seed text, route from the listing"
    return "{@code %s %s}; %s; %s confidence" % (ri["method"], ri["path"], seed, ri["conf"])

def build_req(op, params):
    r = op["route"]
    ri = ROUTES[r]
    names = re.findall(r"\{([A-Za-z]+)\}", ri["path"])
    if op["path"] is not None:
        pargs = op["path"]
    else:
        pn = [pparse(p)[1] for p in params]
        for n in names:
            if n not in pn:
                raise SystemExit("path param %s not a parameter of %s" % (n, op["name"]))
        pargs = names
    if len(pargs) != len(names):
        raise SystemExit("path arity " + op["name"])
    s = "ctx.req(Routes.%s%s)" % (r, "".join(", " + a for a in pargs))
    for (qn, qv) in op["query"]:
        s += ".query(%s, %s)" % (qn, qv)
    b = op["body"]
    if b == "FORM":
        s += ".formBody(request.toWire())"
    elif b == "MULTIPART":
        s += ".body(body, image.isReplayable())"
    elif b:
        s += ".jsonBody(%s)" % b
    s += op["mod"]
    return wrap(s)

def wrap(s):
    if len(s) < 70:
        return s
    out, depth, i, start = [], 0, 0, 0
    while i < len(s):
        c = s[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == '"':
            j = s.index('"', i + 1)
            while s[j - 1] == "\\":
                j = s.index('"', j + 1)
            i = j
        elif c == "." and depth == 0 and i > 0 and s[i - 1] == ")":
            out.append(s[start:i]); start = i
        i += 1
    out.append(s[start:])
    return "\n        ".join(out)

def gen_api(g):
    imps = {"org.gedkit.netexplorer.internal.Ctx", "org.gedkit.netexplorer.internal.Routes"}
    methods = []
    for op in g["ops"]:
        r = op["route"]
        params = op["params"]
        kind, _, rtype = op["ret"].partition(" ")
        lines, pdocs = [], []
        sig = []
        for p in params:
            t, n, nullable = pparse(p)
            sig.append("%s %s" % (t, n))
            if "List" in t: imps.add("java.util.List")
            if t == "DownloadTarget": imps.add("org.gedkit.core.transfer.DownloadTarget")
            if t == "UploadSource": imps.add("org.gedkit.core.transfer.UploadSource")
            d = OPDOC.get((r, n)) or PDOC.get(n, "the " + re.sub(r"([A-Z])", lambda m: " " + m.group(1).lower(), n))
            if nullable and t not in ("long", "int", "double", "boolean"): d += "; may be null"
            pdocs.append("   * @param %s %s" % (n, d))
            if nullable or t == "double":
                continue
            if t == "long":
                lines.append('    ctx.id(%s, Routes.%s, "%s");' % (n, r, n))
            elif t == "int":
                # a paged listing's page size is checked by the core's PagedIterable, naming the route
                if n == "pageSize" and kind != "paged":
                    lines.append('    ctx.check(pageSize >= 1, Routes.%s, "pageSize must be at least 1, was " + pageSize);' % r)
            elif t == "String":
                lines.append('    ctx.nonBlank(%s, Routes.%s, "%s");' % (n, r, n))
            else:
                lines.append('    ctx.nonNull(%s, Routes.%s, "%s");' % (n, r, n))
        if op["nonempty"]:
            lines.append('    ctx.check(!%s.toWire().isEmpty(), Routes.%s, "%s must set at least one field");' % (op["nonempty"], r, op["nonempty"]))
        lines += ["    " + c for c in op["checks"]]
        req = build_req(op, params)
        if op["body"] == "MULTIPART":
            imps |= {"okhttp3.MediaType", "okhttp3.MultipartBody", "org.gedkit.netexplorer.internal.WireNames"}
            lines.append("""    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart(WireNames.PICTURE, image.fileName(),
            image.toRequestBody(MediaType.get("application/octet-stream"), null))
        .build();""")
        if "Wire." in req: imps.add("org.gedkit.netexplorer.internal.Wire")
        if "WireNames." in req: imps.add("org.gedkit.netexplorer.internal.WireNames")
        if kind == "json":
            ret = rtype
            imps.add("org.gedkit.netexplorer.model." + rtype)
            lines.append("    return ctx.json(%s.build(), %s.class);" % (req, rtype))
            rdoc = "the %s; never null" % rtype
        elif kind == "list":
            ret = "List<%s>" % rtype
            imps.add("java.util.List"); imps.add("org.gedkit.netexplorer.model." + rtype)
            lines.append("    return ctx.list(%s.build(), %s.class);" % (req, rtype))
            rdoc = "the items; never null, possibly empty"
        elif kind == "paged":
            ret = "PagedIterable<%s>" % rtype
            imps |= {"org.gedkit.core.paging.PagedIterable", "org.gedkit.netexplorer.internal.WireNames",
                     "org.gedkit.netexplorer.model." + rtype}
            route = re.search(r"Routes\.(\w+)", req).group(1)
            lines.append("    return ctx.paged(Routes.%s, pageSize, ol -> %s\n        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), %s.class);" % (route, req, rtype))
            rdoc = "a lazy listing (nothing is fetched before iteration); never null"
        elif kind == "ok":
            ret = "void"
            lines.append("    ctx.ok(%s.build());" % req)
            rdoc = None
        elif kind == "download":
            ret = "DownloadResult"
            imps |= {"org.gedkit.core.transfer.DownloadResult", "org.gedkit.core.transfer.DownloadOptions",
                     "org.gedkit.core.transfer.Downloads"}
            lines.append("    return Downloads.download(ctx.transport(), %s.build(), target, DownloadOptions.defaults());" % req)
            rdoc = "what was downloaded; never null"
        elif kind == "url":
            ret = "URI"
            imps |= {"java.net.URI", "okhttp3.HttpUrl"}
            q = "".join("\n    if (%s != null) {\n      u.addQueryParameter(%s, %s);\n    }" % (v, k, v) if not v.startswith('"') else
                        "\n    u.addQueryParameter(%s, %s);" % (k, v) for (k, v) in op["query"])
            lines.append("""    HttpUrl.Builder u = ctx.transport().baseUrl().newBuilder();
    for (String s : Routes.%s.template().split("/")) {
      if (!s.isEmpty()) {
        u.addPathSegment(s);
      }
    }%s
    return u.build().uri();""" % (r, q))
            rdoc = "the absolute URL; never null"
        else:
            raise SystemExit(kind)
        jd = "  /**\n   * %s (%s).\n   *\n%s%s   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)\n   */\n" % (
            op["doc"], route_doc(r), "\n".join(pdocs) + ("\n" if pdocs else ""), ("   * @return %s\n" % rdoc) if rdoc else "")
        jd = jd.replace("\n\n\n", "\n\n").replace("   *\n\n", "   *\n")
        methods.append(jd + "  public %s %s(%s) {\n%s\n  }\n" % (ret, op["name"], ", ".join(sig), "\n".join(lines)))
    src = "package org.gedkit.netexplorer;\n\n" + "".join("import %s;\n" % i for i in sorted(imps)) + "\n"
    src += "/** %s Thread-safe. */\npublic final class %s {\n\n  private final Ctx ctx;\n\n  %s(Ctx ctx) {\n    this.ctx = ctx;\n  }\n\n%s}\n" % (
        g["doc"], g["cls"], g["cls"], "\n".join(methods))
    src = re.sub(r"\n\s*\*\n\s*\*\n", "\n   *\n", src)
    open(PKG + "/" + g["cls"] + ".java", "w", encoding="utf-8").write(src)

for g in G:
    gen_api(g)

# ---------------------------------------------------------------- tests
def jstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

INVALID = {"long": "0", "String": '" "', "int": "0"}

def gen_test(g):
    out = []
    for op in g["ops"]:
        args, reply, target, ebody, actual, expected = op["t"]
        kind = op["ret"].split(" ")[0]
        ri = ROUTES[op["route"]]
        call = "nx.%s().%s(%s)" % (g["acc"], op["name"], ", ".join(args))
        b = ["  @Test", "  void %s_isRequestExact() throws Exception {" % op["name"]]
        if kind == "download":
            b.append("    ByteArrayOutputStream out = new ByteArrayOutputStream();")
        if kind == "url":
            b.append("    URI r = %s;" % call)
            b.append("    assertThat(r.toString()).isEqualTo(server.url(%s).toString());" % jstr(target))
            b.append("    assertThat(server.getRequestCount()).isZero();")
            b.append("  }")
            out.append("\n".join(b)); continue
        b.append("    reply(200, %s);" % jstr(reply))
        if kind == "paged":
            b.append("    var r = %s.stream().toList();" % call)
        elif kind == "ok":
            b.append("    %s;" % call)
        else:
            b.append("    var r = %s;" % call)
        auth = "authenticated(false)" not in op["mod"]
        b.append("    RecordedRequest q = %s(%s, %s);" % ("take" if auth else "takeUnauthenticated", jstr(ri["method"]), jstr(target)))
        if ebody == "MULTIPART":
            b.append('    assertThat(q.getHeaders().get("Content-Type")).startsWith("multipart/form-data");')
            b.append('    assertThat(body(q)).contains("name=\\"picture\\"; filename=\\"me.png\\"");')
        else:
            b.append("    assertThat(body(q)).isEqualTo(%s);" % jstr(ebody or ""))
            if ebody and ebody.startswith("{"):
                b.append('    assertThat(q.getHeaders().get("Content-Type")).startsWith("application/json");')
        if actual:
            b.append("    assertThat(%s).isEqualTo(%s);" % (actual, expected))
        if kind == "download":
            b.append("    assertThat(out.toString()).isEqualTo(%s);" % jstr(reply))
            b.append("    assertThat(r.bytes()).isEqualTo(%d);" % len(reply))
        b.append("  }")
        out.append("\n".join(b))
    # argument checks: one invalid call per operation, nothing sent
    chk = ["  @Test", "  void argumentsAreCheckedBeforeSending() {"]
    for op in g["ops"]:
        args = op["t"][0]
        for i, p in enumerate(op["params"]):
            t, n, nullable = pparse(p)
            if nullable or t == "double" or (t == "int" and n != "pageSize"):
                continue
            bad = INVALID.get(t, "null")
            a = list(args); a[i] = bad
            chk.append("    assertThatThrownBy(() -> nx.%s().%s(%s)).isInstanceOf(InvalidArgumentException.class)\n        .hasMessageContaining(%s);" % (
                g["acc"], op["name"], ", ".join(a), jstr(n)))
            break
        if op["nonempty"]:
            a = list(args)
            idx = [pparse(p)[1] for p in op["params"]].index(op["nonempty"])
            a[idx] = re.match(r"(\w+)\.", a[idx]).group(1) + ".none()"
            chk.append("    assertThatThrownBy(() -> nx.%s().%s(%s)).isInstanceOf(InvalidArgumentException.class)\n        .hasMessageContaining(%s);" % (
                g["acc"], op["name"], ", ".join(a), jstr("at least one field")))
    if any("toStream(out)" in c for c in chk):
        chk.insert(2, "    ByteArrayOutputStream out = new ByteArrayOutputStream();")
    chk.append("    assertThat(server.getRequestCount()).isZero();")
    chk.append("  }")
    out.append("\n".join(chk))
    body = "\n\n".join(out)
    imps = ["static org.assertj.core.api.Assertions.assertThat", "static org.assertj.core.api.Assertions.assertThatThrownBy"]
    std = ["mockwebserver3.RecordedRequest", "org.gedkit.core.error.InvalidArgumentException", "org.junit.jupiter.api.Test"]
    for (tok, imp) in (("ByteArrayOutputStream", "java.io.ByteArrayOutputStream"), ("DownloadTarget.", "org.gedkit.core.transfer.DownloadTarget"),
                       ("UploadSource.", "org.gedkit.core.transfer.UploadSource"), ("List.of", "java.util.List"),
                       ("Optional.", "java.util.Optional"), ("OffsetDateTime.", "java.time.OffsetDateTime"),
                       ("LocalTime.", "java.time.LocalTime"), ("Map.of", "java.util.Map"), ("URI ", "java.net.URI")):
        if tok in body:
            std.append(imp)
    src = "package org.gedkit.netexplorer;\n\n" + "".join("import %s;\n" % i for i in imps) + "\n" + "".join("import %s;\n" % i for i in sorted(std))
    src += "\n/** Request-exact tests of {@link %s}: method, path, query, body and parsed reply of every operation. Generated by src/build/gen_part2.py. */\nclass %s extends Part2MockServerTest {\n\n%s\n}\n" % (
        g["cls"], g["test"], body)
    if "mockwebserver3.RecordedRequest" in src and "RecordedRequest q" not in src:
        src = src.replace("import mockwebserver3.RecordedRequest;\n", "")
    open(TPKG + "/" + g["test"] + ".java", "w", encoding="utf-8").write(src)

for g in G:
    gen_test(g)

# ---------------------------------------------------------------- catalog
os.makedirs(RES, exist_ok=True)
rows = ["route\tmethod\tpath\tconfidence\tsdk_method\ttest"]
for g in G:
    for op in g["ops"]:
        ri = ROUTES[op["route"]]
        rows.append("%s\t%s\t%s\t%s\t%s#%s\t%s#%s" % (op["route"], ri["method"], ri["path"], ri["conf"], g["cls"], op["name"], g["test"], op["name"] + "_isRequestExact"))
open(RES + "/operations-part2.tsv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(sum(len(g["ops"]) for g in G), "operations,", len(M), "models,", len(C), "builders,", len(G), "groups")
for g in G:
    print("  /**\n   * %s\n   *\n   * @return the group; never null\n   */\n  public %s %s() {\n    return new %s(ctx);\n  }\n" % (
        g["doc"].split(" (")[0] + ".", g["cls"], g["acc"], g["cls"]), file=open("/tmp/accessors.txt", "a"))
