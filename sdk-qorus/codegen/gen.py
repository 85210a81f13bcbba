#!/usr/bin/env python3
"""Generates the Qorus *Api classes, options/model records and request-exact tests from spec.py.

Run: python3 sdk-qorus/codegen/gen.py   (rewrites the generated files and the catalog columns)
"""
import json, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from spec import OPS, MODELS, OPTIONS, CLASSES

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MAIN = ROOT + '/src/main/java/org/gedkit/qorus'
TEST = ROOT + '/src/test/java/org/gedkit/qorus'

JT = {'yamlmap': 'Map<String, Object>', 'merge': 'Map<String, Object>', 'str': 'String', 'long': 'Long', 'int': 'Integer', 'bool': 'Boolean', 'strs': 'List<String>',
      'longs': 'List<Long>', 'map': 'Map<String, Object>', 'date': 'OffsetDateTime', 'obj': 'Object',
      'yaml': 'Map<String, Object>', 'list': 'List<Object>', 'dbl': 'Double', 'num': 'java.math.BigDecimal'}
PT = dict(JT, long='long', int='int', bool='boolean')  # required parameters
SAMPLE = {'merge': ('Map.of("driver", "pgsql")', None), 'str': ('"s1"', 's1'), 'long': ('11L', 11), 'int': ('3', 3), 'bool': ('true', True),
          'strs': ('List.of("a", "b")', ['a', 'b']), 'longs': ('List.of(1L, 2L)', [1, 2]),
          'map': ('Map.of("k", "v")', {'k': 'v'}), 'date': ('OffsetDateTime.parse("2024-01-02T03:04:05Z")', '2024-01-02T03:04:05Z'),
          'obj': ('"o1"', 'o1'), 'yaml': ('Map.of("k", "v")', 'k: v\n'), 'list': ('List.of("x")', ['x']),
          'dbl': ('1.5', 1.5), 'num': ('new java.math.BigDecimal("1.5")', 1.5)}
QSAMPLE = {'strs': 'a,b', 'longs': '1,2', 'map': '{"k":"v"}', 'list': 'x', 'bool': 'true'}
MSAMPLE = {'yamlmap': '"ssn: 123-45\\n"', 'str': '"x"', 'long': '7', 'int': '3', 'bool': 'true', 'strs': '["a"]', 'longs': '[1]', 'map': '{"a":1}',
           'date': '"2016-08-10 02:00:00.758239 +02:00"', 'obj': '"o"', 'list': '[1]', 'dbl': '1.5', 'num': '1.5', 'yaml': '{}'}

def cap(s): return s[0].upper() + s[1:]

def parse_fields(spec):
    out = []
    for f in spec.split():
        parts = f.split(':')
        name, typ = parts[0], parts[1]
        wire = parts[2] if len(parts) > 2 else name
        out.append((name, typ, wire))
    return out

def esc(s): return re.sub(r'(?<!\{)@', '{@literal @}', s.replace('*/', '*&#47;')).replace('<', '&lt;').replace('>', '&gt;')

def docline(s): return esc(s)

# ---------------------------------------------------------------- models
def gen_model(name, m):
    doc, fields = m['doc'], parse_fields(m['fields'])
    imps = {'com.fasterxml.jackson.annotation.JsonAnyGetter', 'com.fasterxml.jackson.annotation.JsonAnySetter',
            'com.fasterxml.jackson.annotation.JsonProperty', 'java.util.Map', 'org.gedkit.core.json.ExtraFields'}
    comps, params, norm = [], [], []
    for (n, t, w) in fields:
        jt = JT[t]
        if t == 'date': imps.add('java.time.OffsetDateTime')
        if jt.startswith('List'): imps.add('java.util.List')
        ann = '@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = org.gedkit.qorus.internal.YamlMapDeserializer.class) ' if t == 'yamlmap' else ''
        comps.append(f'    @JsonProperty("{w}") {ann}{jt} {n}')
        params.append(f' * @param {n} {{@code {w}}}' + (f': {esc(m.get("d", {}).get(n, ""))}' if m.get('d', {}).get(n) else ''))
        if t in ('strs', 'longs', 'list', 'map', 'yamlmap'):
            # read-only; kept without a copy when Jackson built it for this record
            norm.append(f'    {n} = ModelCollections.copyOf({n});')
            imps.add('org.gedkit.core.json.ModelCollections')
    comps.append('    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra')
    params.append(' * @param extra wire keys this SDK does not know yet')
    norm.append('    extra = ExtraFields.copyOf(extra);')
    pl = '\n'.join(params)
    body = f"""package org.gedkit.qorus.model;

{chr(10).join('import ' + i + ';' for i in sorted(imps))}

/**
 * {esc(doc)}
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
{pl}
 */
public record {name}(
{(','+chr(10)).join(comps)}) {{

  /**
   * Normalises the components.
   *
{pl.replace(' * @param', '   * @param')}
   */
  public {name} {{
{chr(10).join(norm)}
  }}
{m.get('extra_java', '')}}}
"""
    open(f'{MAIN}/model/{name}.java', 'w').write(body)

# ---------------------------------------------------------------- options
def gen_options(name, o):
    fields = parse_fields(o['fields'])
    imps = {'java.util.LinkedHashMap', 'java.util.Map'}
    for (n, t, w) in fields:
        if t == 'date': imps.add('java.time.OffsetDateTime')
        if JT[t].startswith('List'): imps.add('java.util.List')
    paged = o.get('paged', False)
    comps = [f'{JT[t]} {n}' for (n, t, w) in fields]
    pdoc = [f' * @param {n} {{@code {w}}}, null to leave out' for (n, t, w) in fields]
    if paged:
        comps.append('int pageSize')
        pdoc.append(' * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100')
    withs = []
    allnames = [n for (n, t, w) in fields] + (['pageSize'] if paged else [])
    for (n, t, w) in fields:
        args = ', '.join('value' if x == n else x for x in allnames)
        withs.append(f"""
  /**
   * A copy with {{@code {w}}} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public {name} with{cap(n)}({JT[t]} value) {{
    return new {name}({args});
  }}""")
    if paged:
        args = ', '.join('value' if x == 'pageSize' else x for x in allnames)
        withs.append(f"""
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public {name} withPageSize(int value) {{
    return new {name}({args});
  }}""")
    nulls = ', '.join(['null'] * len(fields) + (['QorusClient.DEFAULT_PAGE_SIZE'] if paged else []))
    puts = '\n'.join(f'    m.put("{w}", {n});' for (n, t, w) in fields)
    pl = '\n'.join(pdoc)
    compact = ''
    body_checks, what = [], []
    for (n, t, w) in fields:
        if t in ('long', 'int'):
            body_checks.append(f"""    if ({n} != null && {n} < 0) {{
      throw new org.gedkit.core.error.InvalidArgumentException("{n} must not be negative, got " + {n},
          org.gedkit.core.error.ErrorDetails.of("qorus", "{name}"));
    }}""")
            if 'a number is negative' not in what: what.append('a number is negative')
        allowed = o.get('enums', {}).get(n)
        if allowed:
            lst = ', '.join(jstr(a) for a in allowed)
            body_checks.append(f"""    if ({n} != null && !java.util.List.of({lst}).contains({n})) {{
      throw new org.gedkit.core.error.InvalidArgumentException("{n} must be one of " + java.util.List.of({lst})
          + ", got \\"" + {n} + "\\"", org.gedkit.core.error.ErrorDetails.of("qorus", "{name}"));
    }}""")
            what.append(f'{{@code {n}}} is not one of those the document lists')
    if paged:
        body_checks.append(f"""    if (pageSize < 1) {{
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "{name}"));
    }}""")
        what.append('the page size is not positive')
    if body_checks:
        nl = chr(10)
        compact = f"""
  /**
   * Checks the arguments.
   *
{pl.replace(' * @param', '   * @param')}
   * @throws org.gedkit.core.error.InvalidArgumentException when {', or '.join(what)}
   */
  public {name} {{
{nl.join(body_checks)}
  }}
"""
    body = f"""package org.gedkit.qorus;

{chr(10).join('import ' + i + ';' for i in sorted(imps))}

/**
 * {esc(o['doc'])}
 *
 * <p>Immutable; start from {{@link #defaults()}} and chain the {{@code with...}} methods.
 *
{pl}
 */
public record {name}({', '.join(comps)}) {{
{compact}
  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static {name} defaults() {{
    return new {name}({nulls});
  }}
{''.join(withs)}

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {{
    Map<String, Object> m = new LinkedHashMap<>();
{puts}
    return m;
  }}
{o.get('extra_java', '')}}}
"""
    open(f'{MAIN}/{name}.java', 'w').write(body)

# ---------------------------------------------------------------- operations
def split_target(t):
    m, rest = t.split(' ', 1)
    path, _, q = rest.partition('?')
    action = q[len('action='):] if q else ''
    return m, path, action

def gen_api(cls):
    info = CLASSES[cls]
    ops = [o for o in OPS if o['cls'] == cls]
    imps = {'java.util.List', 'java.util.Map', 'org.gedkit.qorus.internal.QorusContext', 'org.gedkit.qorus.internal.QorusCall',
            'org.gedkit.core.paging.PagedIterable', 'com.fasterxml.jackson.databind.JsonNode', 'java.time.OffsetDateTime',
            'org.gedkit.qorus.internal.QorusYaml'}
    methods = []
    used = {'List': False}
    for o in ops:
        methods.append(gen_method(o, imps))
    for mname in list(MODELS) + ['OrderOutcome']:
        imps.add('org.gedkit.qorus.model.' + mname)
    text = '\n'.join(methods)
    # keep only used imports
    used_imps = []
    for i in sorted(imps):
        simple = i.split('.')[-1]
        if re.search(r'\b' + simple + r'\b', text + ' QorusContext'):
            used_imps.append(i)
    body = f"""package org.gedkit.qorus;

{chr(10).join('import ' + i + ';' for i in used_imps)}

/**
 * {esc(info['doc'])}
 *
 * <p>Generated by {{@code sdk-qorus/codegen/gen.py}} from its operation table; change the table, not this file.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {{@link QorusClient#{info['accessor']}()}}.
 */
public final class {cls} {{

  private final QorusContext ctx;

  {cls}(QorusContext ctx) {{
    this.ctx = ctx;
  }}
{text}
}}
"""
    open(f'{MAIN}/{cls}.java', 'w').write(body)

def ret_info(ret):
    if ret == 'void': return 'void', '.sendDiscarding()', None
    if ret == 'str': return 'String', '.send(String.class)', 'the reply string'
    if ret == 'long': return 'Long', '.send(Long.class)', 'the number returned'
    if ret == 'bool': return 'Boolean', '.send(Boolean.class)', 'the flag returned'
    if ret == 'map': return 'Map<String, Object>', '.sendMap()', 'the hash returned (empty when the server returned nothing)'
    if ret == 'tree': return 'JsonNode', '.sendTree()', 'the value returned, as JSON (its shape depends on the arguments)'
    if ret == 'bulk': return 'List<OrderOutcome>', '.sendTree())', 'the outcome for each order (succeeded, or failed with an exception string); never null'
    if ret == 'yaml': return 'Map<String, Object>', '.sendYamlMap()', 'the data, parsed from the YAML string returned; empty when there is none'
    if ret == 'strs': return 'List<String>', '.sendList(String.class)', 'the strings returned; never null'
    if ret.startswith('list:'):
        t = ret[5:]; return f'List<{t}>', f'.sendList({t}.class)', f'the {t} elements returned; never null'
    if ret.startswith('paged:'):
        t = ret[6:]; return f'PagedIterable<{t}>', None, f'the lazy listing: nothing is fetched before iteration'
    return ret, f'.send({ret}.class)', f'the {ret} returned'

def gen_method(o, imps):
    m, path, action = split_target(o['op'])
    group_path = path[len('/api/v2/'):] if path != '/api/v2' else ''
    segs = group_path.split('/') if group_path else []
    params = parse_fields(o.get('params', ''))
    nids = sum(1 for s in segs if s.startswith('{'))
    # build chain
    lead = []
    for s in segs:
        if s.startswith('{'): break
        lead.append(s)
    chain = [f'ctx.call("{o["opname"]}", "{m}", "{"/".join(lead)}")']
    pi = 0
    after = segs[len(lead):]
    lit = []
    for s in after:
        if s.startswith('{'):
            if lit:
                chain.append(f'.then("{"/".join(lit)}")'); lit = []
            n, t, w = params[pi]; pi += 1
            chain.append(f'.id("{n}", {n})')
        else:
            lit.append(s)
    if lit: chain.append(f'.then("{"/".join(lit)}")')
    if action: chain.append(f'.action("{action}")')
    sig = []
    pdocs = []
    for idx, (n, t, w) in enumerate(params):
        opt = t.endswith('?')
        t0 = t.rstrip('?')
        jt = JT[t0] if opt or idx >= nids and t0 not in ('long', 'int', 'bool') else PT[t0]
        if idx < nids:
            jt = 'String' if t0 == 'str' else 'long'
        sig.append(f'{jt} {n}')
        pdocs.append(f'   * @param {n} ' + (f'the {{@code {{{segs[len(lead)+[i for i,s in enumerate(after) if s.startswith("{")][idx]].strip("{}")}}}}} path value' if idx < nids else f'the {{@code {w}}} argument' + (' (optional, null to leave out)' if opt else '')) + (': ' + esc(o['pd'][n]) if o.get('pd', {}).get(n) else ''))
        if idx >= nids:
            named = '' if opt or n == w else f', "{n}"'
            if t0 == 'merge':
                chain.append(f'.args({n})' if opt else f'.requiredArgs("{n}", {n})')
            elif t0 == 'yaml':
                if o.get('sens'):
                    chain.append(f'.secrets({n})')
                chain.append(f'.{"arg" if opt else "required"}("{w}", {n} == null ? null : QorusYaml.write({n}, ctx.transport().details("{o["opname"]}")){named})')
            else:
                if t0 in ('long', 'int'):
                    chain.append(f'.notNegative("{n}", {n})')
                allowed = o.get('enums', {}).get(n)
                if allowed:
                    chain.append(f'.oneOf("{n}", {n}, ' + ', '.join(jstr(a) for a in allowed) + ')')
                chain.append(f'.{"arg" if opt else "required"}("{w}", {n}{named})')
    ropt = o.get('opts')
    if ropt:
        sig.append(f'{ropt} options')
        pdocs.append('   * @param options the optional arguments; not null (use {@code ' + ropt + '.defaults()})')
        chain.append('.args(options.toArgs())')
    if o.get('sens'):
        chain.append('.sensitive()')
    if o.get('extra_chain'):
        chain.append(o['extra_chain'])
    rt, send, rdoc = ret_info(o['ret'])
    pre = ''
    if ropt:
        pre = f'    if (options == null) {{\n      throw ctx.invalid("{o["opname"]}", "options must not be null");\n    }}\n'
    if o['ret'].startswith('paged:'):
        t = o['ret'][6:]
        stmt = f'    return {chr(10).join([chain[0]] + ["        " + c for c in chain[1:]])}\n        .paged(options.pageSize(), {t}.class);'
    elif o['ret'] == 'bulk':
        stmt = f'    return OrderOutcome.listOf({chr(10).join([chain[0]] + ["        " + c for c in chain[1:]])}\n        {send};'
    elif rt == 'void':
        stmt = f'    {chr(10).join([chain[0]] + ["        " + c for c in chain[1:]])}\n        {send};'
    else:
        stmt = f'    return {chr(10).join([chain[0]] + ["        " + c for c in chain[1:]])}\n        {send};'
    doc = esc(o['doc'])
    checks = []
    if sig:
        checks.append('a required argument is null or blank')
    if any(i < nids for i in range(len(params))):
        checks.append('a path value is {@code .} or {@code ..} (or, for a numeric ID, below 1)')
    if any(i >= nids and t.rstrip('?') in ('long', 'int') for i, (n, t, w) in enumerate(params)):
        checks.append('a number is negative')
    if o.get('enums'):
        checks.append('a value is not one of those the document lists')
    if o.get('sens') or o.get('extra_chain', '').startswith('.sensitiveIf'):
        checks.append('sensitive data would go over plain http')
    throws = ('   * @throws org.gedkit.core.error.InvalidArgumentException when ' + ', or '.join(checks) + '\n' if checks else '') + '   * @throws org.gedkit.core.error.GedkitException when the server refuses the call (NotFoundException, ConflictException...)'
    ret_doc = f'   * @return {rdoc}\n' if rdoc else ''
    return f"""
  /**
   * {doc}
   *
   * <p>Qorus REST API v2: {{@code {esc(o['op'])}}}.
   *
{chr(10).join(pdocs) + (chr(10) if pdocs else '')}{ret_doc}{throws}
   */
  public {rt} {o['name']}({', '.join(sig)}) {{
{pre}{stmt}
  }}"""

# ---------------------------------------------------------------- tests
def jstr(s): return json.dumps(s)

def model_sample(t):
    if t not in MODELS: return None
    fields = parse_fields(MODELS[t]['fields'])
    d = ', '.join(f'{jstr(w)}: {MSAMPLE[ty]}' for (n, ty, w) in fields)
    return '{' + d + (', ' if d else '') + '"zz_extra": 1}'

def gen_test(cls):
    ops = [o for o in OPS if o['cls'] == cls]
    methods = []
    for o in ops:
        m, path, action = split_target(o['op'])
        params = parse_fields(o.get('params', ''))
        nids = path.count('{')
        args, q, body = [], [], {}
        # expected path
        exp_path = path
        for idx, (n, t, w) in enumerate(params):
            t0 = t.rstrip('?')
            if idx < nids:
                if t0 == 'str':
                    val, wire = '"id 1"', 'id%201'
                else:
                    val, wire = '11L', '11'
                exp_path = re.sub(r'\{[^}]+\}', wire, exp_path, count=1)
                args.append(val)
                continue
            jv, wv = SAMPLE[t0]
            if o.get('enums', {}).get(n):
                wv = o['enums'][n][0]; jv = jstr(wv)
            args.append(jv)
            if t0 == 'merge' and m in ('GET', 'DELETE'):
                q.append(('driver', 'pgsql'))
            elif t0 == 'merge':
                body['driver'] = 'pgsql'
            elif m in ('GET', 'DELETE'):
                q.append((w, QSAMPLE.get(t0, str(wv))))
            else:
                body[w] = wv
        if o.get('opts'):
            oname = o['opts']
            ofields = parse_fields(OPTIONS[oname]['fields'])
            expr = f'{oname}.defaults()'
            for (n, t, w) in ofields:
                jv, wv = SAMPLE[t]
                if OPTIONS[oname].get('enums', {}).get(n):
                    wv = OPTIONS[oname]['enums'][n][0]; jv = jstr(wv)
                if t in ('long',): jv = '11L'
                if t == 'int': jv = '3'
                expr += f'\n        .with{cap(n)}({jv})'
                if m in ('GET', 'DELETE'):
                    q.append((w, QSAMPLE.get(t, str(wv))))
                else:
                    body[w] = wv
            if OPTIONS[oname].get('paged'):
                expr += '\n        .withPageSize(2)'
            args.append(expr)
        ret = o['ret']
        acc = o['cls'][0].lower() + o['cls'][1:-3]
        acc = CLASSES[o['cls']]['accessor']
        call = f'client.{acc}().{o["name"]}({", ".join(args)})'
        checks = []
        if ret == 'void':
            reply = '"OK"'; stmt = f'{call};'
        elif ret in ('str',):
            reply = '"OK"'; stmt = f'assertThat({call}).isEqualTo("OK");'
        elif ret == 'long':
            reply = '5'; stmt = f'assertThat({call}).isEqualTo(5L);'
        elif ret == 'bool':
            reply = 'true'; stmt = f'assertThat({call}).isTrue();'
        elif ret in ('map', 'tree'):
            reply = '{"k": "v"}'
            stmt = f'assertThat({call}.get("k")' + (').isEqualTo("v");' if ret == 'map' else '.asText()).isEqualTo("v");')
        elif ret == 'bulk':
            reply = '{"5": {"workflow_status": "BLOCKED"}, "6": "BLOCK-WORKFLOW-ERROR: invalid status"}'
            stmt = (f'var result = {call};\n    assertThat(result).extracting(r -> r.workflowInstanceId()).containsExactly(5L, 6L);'
                    '\n    assertThat(result.get(0).workflowStatus()).isEqualTo("BLOCKED");'
                    '\n    assertThat(result.get(1).errorCode()).contains("BLOCK-WORKFLOW-ERROR");')
        elif ret == 'yaml':
            reply = '"a: 1\\nb: [x, y]\\n"'; stmt = f'assertThat({call}).containsEntry("a", 1).containsEntry("b", List.of("x", "y"));'
        elif ret == 'strs':
            reply = '["a", "b"]'; stmt = f'assertThat({call}).containsExactly("a", "b");'
        elif ret == 'list:Object':
            reply = '[{"k": "v"}]'
            stmt = f'assertThat({call}).hasSize(1);'
        elif ret.startswith('list:') or ret.startswith('paged:'):
            t = ret.split(':')[1]
            reply = '[' + model_sample(t) + ']'
            stmt = f'var result = {call}.stream().toList();\n    assertThat(result).hasSize(1);\n    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);'
            stmt += field_checks(t, 'result.get(0)')
            if ret.startswith('paged:'):
                q.append(('limit', '2')); q.append(('offset', '0'))
        else:
            reply = model_sample(ret)
            stmt = f'var result = {call};\n    assertThat(result.extra()).containsEntry("zz_extra", 1);' + field_checks(ret, 'result')
        if m in ('GET', 'DELETE'):
            body_expr = 'null'
        else:
            body_expr = jstr(json.dumps(body, separators=(',', ':')))
        qexpr = ', '.join(f'{jstr(k)}, {jstr(v)}' for k, v in ([('action', action)] if action else []) + q)
        client = 'secureClient' if o.get('sens') or o.get('test_secure') else 'client'
        stmt = stmt.replace('client.', client + '.', 1) if client != 'client' else stmt
        methods.append(f"""
  @Test
  void {o['name']}() throws Exception {{
    reply({jstr(reply)});
    {stmt}
    expect("{m}", "{exp_path}", {body_expr}{', ' + qexpr if qexpr else ''});
  }}""")
    extra = CLASSES[cls].get('test_extra', '')
    body = f"""package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {{@link {cls}}} operation (generated by sdk-qorus/codegen/gen.py from spec.py). */
class {cls}Test extends QorusApiTestSupport {{
{chr(10).join(methods)}
{extra}}}
"""
    open(f'{TEST}/{cls}Test.java', 'w').write(body)

def field_checks(t, var):
    out = ''
    for (n, ty, w) in parse_fields(MODELS[t]['fields']):
        if ty == 'date':
            out += f'\n    assertThat({var}.{n}()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));'
            break
    for (n, ty, w) in parse_fields(MODELS[t]['fields']):
        if ty == 'long':
            out += f'\n    assertThat({var}.{n}()).isEqualTo(7L);'
            break
    for (n, ty, w) in parse_fields(MODELS[t]['fields']):
        if ty == 'str':
            out += f'\n    assertThat({var}.{n}()).isEqualTo("x");'
            break
    return out

def update_catalog():
    p = ROOT + '/src/test/resources/org/gedkit/qorus/operations.tsv'
    lines = open(p).read().split('\n')
    idx = {}
    for o in OPS:
        if o.get('not_in_document'):
            continue
        m, path, action = split_target(o['op'])
        idx[(m, path, action)] = o
    out = [lines[0]]
    for l in lines[1:]:
        if not l: continue
        c = l.split('\t')
        o = idx.pop((c[0], c[1], c[2]), None)
        if o:
            c[4] = f"{o['cls']}#{o['name']}"; c[5] = f"{o.get('test_cls', o['cls'] + 'Test')}#{o.get('test', o['name'])}"
        out.append('\t'.join(c))
    if idx:
        raise SystemExit('not in the catalog: ' + str(list(idx)))
    open(p, 'w').write('\n'.join(out) + '\n')

# ---------------------------------------------------------------- argument checks (bad input)
GOOD = {'str': '"s1"', 'long': '11L', 'int': '3', 'bool': 'true', 'strs': 'List.of("a")', 'longs': 'List.of(1L)',
        'map': 'Map.of("k", "v")', 'yaml': 'Map.of("k", "v")', 'merge': 'Map.of("driver", "pgsql")', 'yamlmap': 'Map.of("k", "v")',
        'date': 'OffsetDateTime.parse("2024-01-02T03:04:05Z")', 'obj': '"o1"', 'list': 'List.of("x")', 'dbl': '1.5',
        'num': 'new java.math.BigDecimal("1.5")'}

def bad_values(t0, opt, is_path, enum):
    """(label, java expression) of the bad values for one parameter."""
    if is_path:
        return [('null', 'null'), ('blank', '"  "'), ('..', '".."')] if t0 == 'str' else [('0', '0L'), ('-1', '-1L')]
    out = []
    if t0 in ('long', 'int'):
        out.append(('-1', '-1L' if t0 == 'long' else '-1'))
    if enum:
        out.append(('unknown value', '"bogus"'))
    if not opt:
        if t0 == 'str':
            out += [('null', 'null'), ('blank', '"  "')]
        elif t0 in ('strs', 'longs', 'list'):
            out += [('null', 'null'), ('empty', 'List.of()')]
        elif t0 == 'map':
            out += [('null', 'null'), ('empty', 'Map.of()')]
        elif t0 in ('yaml', 'merge', 'date', 'obj', 'yamlmap'):
            out += [('null', 'null')]
    return out

def gen_checks_test():
    groups = []
    for cls in CLASSES:
        ops = [o for o in OPS if o['cls'] == cls]
        rows = []
        acc = CLASSES[cls]['accessor']
        for o in ops:
            m, path, action = split_target(o['op'])
            params = parse_fields(o.get('params', ''))
            nids = path.count('{')
            good = []
            for idx, (n, t, w) in enumerate(params):
                t0 = t.rstrip('?')
                enum = o.get('enums', {}).get(n)
                if idx < nids:
                    good.append('"id 1"' if t0 == 'str' else '11L')
                elif t.endswith('?'):
                    good.append('null')
                else:
                    good.append(jstr(enum[0]) if enum else GOOD[t0])
            if o.get('opts'):
                good.append(o['opts'] + '.defaults()')
            for idx, (n, t, w) in enumerate(params):
                t0 = t.rstrip('?')
                for (label, expr) in bad_values(t0, t.endswith('?'), idx < nids, o.get('enums', {}).get(n)):
                    args = list(good); args[idx] = expr
                    rows.append((f'{acc}.{o["name"]}: {n} {label}', n, f'c.{acc}().{o["name"]}({", ".join(args)})'))
            if o.get('opts'):
                args = list(good); args[-1] = 'null'
                rows.append((f'{acc}.{o["name"]}: options null', 'options', f'c.{acc}().{o["name"]}({", ".join(args)})'))
        if rows:
            groups.append((cls, rows))
    orows = []
    for oname, od in OPTIONS.items():
        for (n, t, w) in parse_fields(od['fields']):
            if t in ('long', 'int'):
                orows.append((f'{oname}.with{cap(n)}(-1)', n, f'{oname}.defaults().with{cap(n)}({"-1L" if t == "long" else "-1"})'))
            if od.get('enums', {}).get(n):
                orows.append((f'{oname}.with{cap(n)}(unknown value)', n, f'{oname}.defaults().with{cap(n)}("bogus")'))
        if od.get('paged'):
            orows.append((f'{oname}.withPageSize(0)', 'pageSize', f'{oname}.defaults().withPageSize(0)'))
            orows.append((f'{oname}.withPageSize(-1)', 'pageSize', f'{oname}.defaults().withPageSize(-1)'))
    groups.append(('Options', orows))
    methods = []
    for cls, rows in groups:
        entries = ',\n'.join(f'        Arguments.of({jstr(l)}, {jstr(a)}, (Case) c -> {e})' for (l, a, e) in rows)
        methods.append(f"""
  static Stream<Arguments> {cls[0].lower() + cls[1:]}() {{
    return Stream.of(
{entries});
  }}""")
    streams = ', '.join(f'{cls[0].lower() + cls[1:]}()' for cls, rows in groups)
    total = sum(len(r) for c, r in groups)
    body = f"""package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.RetryPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation refuses each bad argument ({total} cases: null, blank, {{@code ..}} and IDs below 1 as path
 * values, null or empty required arguments, negative numbers, values outside a documented list, null
 * options) with an InvalidArgumentException naming it, before anything is sent. Generated by
 * sdk-qorus/codegen/gen.py from spec.py.
 */
class QorusArgumentChecksTest {{

  /** One call with one bad argument. */
  interface Case {{
    void run(QorusClient c) throws Exception;
  }}

  static MockWebServer server;
  static QorusClient client;

  @BeforeAll
  static void start() throws Exception {{
    server = new MockWebServer();
    mockwebserver3.QueueDispatcher dispatcher = new mockwebserver3.QueueDispatcher();
    dispatcher.setFailFast(new MockResponse.Builder().code(599).body("nothing may be sent").build());
    server.setDispatcher(dispatcher);
    server.start();
    client = QorusClient.builder().baseUrl(server.url("/").toString()).credentials("admin", "s3cr3t")
        .allowSensitiveDataOverLoopbackHttp().retryPolicy(RetryPolicy.none()).build();
  }}

  @AfterAll
  static void stop() throws Exception {{
    client.close();
    server.close();
  }}

  static Stream<Arguments> cases() {{
    return Stream.of({streams}).flatMap(s -> s);
  }}

  @ParameterizedTest(name = "{{0}}")
  @MethodSource("cases")
  void refusedBeforeSending(String label, String argument, Case call) {{
    Throwable thrown = catchThrowable(() -> call.run(client));
    assertThat(thrown).as(label).isInstanceOf(InvalidArgumentException.class);
    assertThat(thrown.getMessage()).as("the message names the argument").contains(argument);
    assertThat(((GedkitException) thrown).backend()).isEqualTo("qorus");
    assertThat(server.getRequestCount()).as("nothing was sent, not even a login").isZero();
  }}
{''.join(methods)}
}}
"""
    open(f'{TEST}/QorusArgumentChecksTest.java', 'w').write(body)

if __name__ == '__main__':
    names = {}
    for o in OPS:
        k = (o['cls'], o['name'])
        if k in names: raise SystemExit('duplicate ' + str(k))
        names[k] = 1
        o.setdefault('opname', CLASSES[o['cls']]['accessor'] + '.' + o['name'])
    for n, m in MODELS.items(): gen_model(n, m)
    for n, o in OPTIONS.items(): gen_options(n, o)
    for c in CLASSES:
        gen_api(c)
        if not CLASSES[c].get('no_test'):
            gen_test(c)
    gen_checks_test()
    update_catalog()
    print('ops', len(OPS))
