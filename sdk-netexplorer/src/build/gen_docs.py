#!/usr/bin/env python3
"""Writes docs/netexplorer.md: the guide (snippets taken from NetExplorerDocSnippetsTest so they are the tested
code), and Decisions, whose route table is generated from operations.tsv (itself from the route table).
Run from the worktree root: python3 sdk-netexplorer/src/build/gen_docs.py"""
import re, textwrap

src = open("sdk-netexplorer/src/test/java/org/gedkit/netexplorer/NetExplorerDocSnippetsTest.java", encoding="utf-8").read()
snips = {m.group(1): textwrap.dedent(m.group(2)).strip() for m in re.finditer(r"(?s)// snippet:(\w+)\n(.*?)\n\s*// end", src)}
def snip(name):
    return "<!-- snippet:%s -->\n```java\n%s\n```\n" % (name, snips[name])

rows = [l.rstrip("\n").split("\t") for l in open("sdk-netexplorer/src/test/resources/org/gedkit/netexplorer/operations.tsv", encoding="utf-8")][1:]
total = len(rows)
impl = [r for r in rows if r[6]]
conf = {}
for r in rows:
    conf[r[5]] = conf.get(r[5], 0) + 1
rem_hm = [r for r in rows if not r[6] and r[5] != "low"]

wn = open("sdk-netexplorer/src/main/java/org/gedkit/netexplorer/internal/WireNames.java", encoding="utf-8").read()
guesses = []
for m in re.finditer(r'/\*\* (.*?) \*/\n  public static final String (\w+) = "([^"]*)";', wn, re.S):
    doc, name, val = " ".join(m.group(1).split()), m.group(2), m.group(3)
    kind = "guess" if "Guess" in doc or "guess" in doc or "Inferred" in doc else "known"
    guesses.append((val, doc, kind))

out = []
out.append("""# NetExplorer (`gedkit-netexplorer`)

Java client of the NetExplorer REST API (`https://<platform>/api/...`): the client, authentication,
account, roots, folders, files, uploads (simple, chunked, resumable, tus), downloads (Range resume, MD5),
trash and tokens, and every other resource group of the route table (annotations, locks, rights, alerts,
users, invitations, groups, share links, shares, upload links, templates, workflows, signatures, tags,
identity providers, OAuth applications, archives, logs, configuration...) as more `*Api` classes on the
same client. An in-process emulator, `org.gedkit.testkit.netexplorer.NetExplorerEmulator`
(artifact `gedkit-testkit`), serves the same routes for tests.

Every snippet below is run against the emulator by `NetExplorerDocSnippetsTest`, which also checks that this page
prints exactly the tested code.

## Connect

""")
out.append(snip("connect"))
out.append("""
* `baseUrl` is the platform address; the API base path `/api` is added (`basePath("/rest")` changes it).
* `credentials(user, password)` logs in lazily with `POST /auth {"user","password"}` → `{"token"}` and sends
  `Authorization: Bearer <token>`. Old (v1 / 2015) servers want the header `Token: <token>`:
  `authScheme(AuthScheme.TOKEN_HEADER)`. `token(t)` uses a token you already have (e.g. OAuth2); it is neither
  renewed nor logged out.
* A 401 means the token is missing or expired: the client logs in again **once** and replays the call; however many
  threads hit the expiry together, only one login happens. `close()` sends `DELETE /auth` (idempotent).
* The client is thread-safe and shares one connection pool; `NetExplorerClient.as(userId)` returns a view that sends
  `AsId: <userId>` (acting on behalf of another user, where the server allows it) over the same session.

## Folders

""")
out.append(snip("folders"))
out.append("""
`FolderQuery` carries `depth` (-1 whole tree, 0 the folder only, N levels), `recursive`, `filter`
(folders / files / all), `full()` / `light()` field sets, `fields` and the search switches
(`search(term)`, `inNames`, `inAnnotations`, `inContent`, `global`); `folders().search(id, query)` returns
`{folders, files}`. `param(name, value)` adds any other query parameter (see the guessed names below).
Path helpers: `pathOfFolder`, `pathOfFile` (`GET /path`), `objectAtPath` (`GET /objectpath`), `isChildOf`,
`quotas`.

## Upload

""")
out.append(snip("upload"))
out.append("""
* Simple upload: one multipart `POST /file/upload?full=1` with `folderId` and `targetFile`.
* Chunked upload: the same route with `chunk` (0-based), `chunks`, `chunksSize`, `fileSize`, `folderId` and
  `targetFile` holding only the chunk. Intermediate chunks answer the text `OK`; the last answers the File, or
  `[{"missing": N}]` when the server lacks chunk N, which is then sent again (only the missing ones). When every
  chunk is sent but no File came back, the client asks the report itself (`report` form field).
* Resume: `uploads().resume(state, source, options)` asks the server's report first, so a chunk the server got
  just before the connection dropped is not sent twice, then sends the rest. The state is a small JSON document
  (`ChunkedUploadState.toJson()` / `fromJson`) given to your checkpoint after every chunk. A state whose chunks
  are all confirmed (`isComplete()`) belongs to an upload that finished: the server has forgotten it, so `resume`
  refuses it with an `InvalidArgumentException` naming the file and folder, before sending anything.
* `uploads().replaceContent(fileId, source)` sends a raw body (`PUT /file/{id}/upload`); `files().create` makes
  the empty entry first. `uploads().tusUpload` speaks tus 1.0 to `POST /file/tus`. Bodies are streamed.
* A chunk before the last only stores its part (the last chunk's report names any part the server lacks), so it
  is marked idempotent: after a dropped connection, a timeout or a 429/503 the transport sends it again. The
  last chunk completes the file and is never replayed blindly: after a drop the client asks the report and
  sends it again only when the server still misses it; otherwise the upload fails with a `TransportException`
  (outcome unknown: the server may have completed the file). A failed upload resumes from the last checkpoint.
  OkHttp's own silent replay (`retryOnConnectionFailure`) never resends the last chunk or any other
  non-idempotent request: the core transport sends those with a one-shot body.

## Download

""")
out.append(snip("download"))
out.append("""
Downloads stream to a temporary sibling file moved into place only when complete and verified. A cut connection
is resumed with `Range: bytes=<n>-` (up to `maxResumes`, 3 by default). The MD5 comes from the file's `hash`
(read with one `GET /file/{id}` unless you pass a `FileInfo` or `md5(hex)`): the result says `VERIFIED`, or
`NOT_VERIFIABLE` when the server has no hash yet (right after an upload) — that is not an error; a mismatch throws
`ChecksumMismatchException`. `downloadInto(fileId, dir, options)` names the file after the server's name,
sanitised. Progress: `TransferOptions.builder().listener(...)`.

## Paging

""")
out.append(snip("paging"))
out.append("""
Paged replies are `{"offset_start", "nb_objets" | "nb_objects", "nb_total_objects", "objects"}` (both spellings of
the count occur). Listings are lazy `PagedIterable`s: nothing is sent before iteration; `totalCount()` is
`nb_total_objects`.

## Acting as another user, errors

""")
out.append(snip("as"))
out.append("""
| status | exception | note |
|---|---|---|
| 400, 422 | `InvalidArgumentException` | 422 = invalid name (`\\ / : * ? " < > |`, edge spaces, > 200 chars) |
| 401 | `AuthenticationException` | renewed once and replayed when a session existed |
| 403 | `PermissionDeniedException` | also "same name exists": `{"error": "Un élément du même nom existe déjà..."}` |
| 404 | `NotFoundException` | |
| 409, 423 | `ConflictException` | 423 = file still being transferred / locked |
| 429 | `RateLimitedException` | `Retry-After` honoured for idempotent calls |
| 5xx | `ServerException` | |

The vendor message (`{"error": "..."}` or the plain-text body) is in `vendorMessage()`. An OAuth2 error reply
(`POST /oauth2/token`: `{"error": "invalid_grant", "error_description": "..."}`) gives its description as
`vendorMessage()` and its `error` as `vendorCode()`; the authorization code sent (`code`) is masked in messages and
logs like a password. A key or token that is part of a path (`/sharelink/key/{sharelinkKey}`, `/share/key/{shareKey}`,
`/ulink/key/{ulinkKey}`, `/token/sharelink/{key}/download`, `/oauth2/user/{token}/revoke`...) opens what it names to
whoever holds it: it is sent as is and shown as `***` in messages, `details()`, `ApiRequest.toString()` and logs.

""")
out.append("""## Testing with the emulator

""")
out.append(snip("emulator"))
out.append("""
The emulator (seed users `smithj`/`secret`, administrator, root folder 1, and `bob`/`secret`, root folder 2)
keeps its state in memory, expires tokens on its `MutableClock`, reports missing chunks, honours Range, and
takes the shared fault injection (`server.faults()`) plus `dropNextDownloads(n)` to cut downloads halfway.
It serves every part-1 route, and of part 2 what tests most need (same paths and bodies as the client):

* **rights** (`nx.rights()`): list, get, create, edit, delete — enforced. The owner holds every flag, other users
  the flags of the nearest right on the folder or above it. Without `browse` a folder is missing from roots and
  listings (403 when asked directly) and a shared folder shows among the user's roots; without `read` its files are
  hidden; uploads need `write`, rename/move/new version `edit`, delete `delete`, downloads `download`. Seed with
  `server.grant(folderId, userId, "browse", "read", ...)` or `server.grantRead(folderId, userId)`.
* **locks** (`nx.locks()`): lock (needs `edit`), get, list, unlock. While another user holds the lock, rename,
  move, new version, delete and unlock answer 423 `{"error": "Fichier verrouillé par <login>"}`, a
  `ConflictException`. `server.lock(fileId, userId)` and `server.lockOwner(fileId)` seed and inspect.
* **share links** (`nx.sharelinks()`, `nx.tokens().sharelinkDownload`): create (password, `max_downloads`,
  expiry, key), get, update, delete, list, passcheck; the key lookup, the download token and the download itself
  need no session (a wrong password is 403; expired links, used-up links are 403; deleted ones 404).
  `server.sharelinkDownloads(key)` counts downloads.
* **upload links** (`nx.ulinks()`): create, get, update, delete, list, by key, passcheck. As the vendor document
  does not say how a visitor uploads through a link, the emulator adds its own sessionless
  `POST /api/ulink/key/{key}/upload` (multipart `targetFile`, `password`) for tests; it is not a vendor route.
* **annotations** (`nx.annotations()`): create, get, edit, delete (author only), list per file or folder, list all.

Every successful write is counted (`server.writes()`); the state is guarded by one lock.

## Decisions

### Extending (part 2)

A new resource group is: one `*Api` final class taking the internal `Ctx` (transport, route context, clock), built
in `NetExplorerClient`'s constructor and exposed by an accessor; its routes are already constants of
`internal.Routes`; its models are added to the spec in `sdk-netexplorer/src/build/gen_models.py` (records with
`Optional` for omitted fields, `extra()`); paged listings use `Ctx.paged` (the `offset`/`limit` request names are
guesses in `WireNames`); implemented routes are added to the `IMPLEMENTED` map of `gen_catalog.py`, which rewrites
`operations.tsv`; `OperationCatalogTest.PART1_GROUPS` then grows to every group. `gen_docs.py` regenerates this page.

### Routes

The seed document lost its "METHOD /path" headings. The route table rebuilt in `shared/netexplorer-routes.md`
(evidence keys: **MC** MindCloud listing with the official doc anchor, **AO**/**AH**/**TC**/**RC** independent
clients, **P** vendor pages, seed line numbers) lives in ONE place in code:
`org.gedkit.netexplorer.internal.Routes` (generated by `sdk-netexplorer/src/build/gen_routes.py`), one constant per
route with method, path, confidence and evidence. A corrected route is a one-line change there. The base path
(`/api`) is a client setting. **Low-confidence routes are not exposed**: `Routes.request` refuses them unless the
client is built with `allowLowConfidenceRoutes(true)`; no public method uses them.

Totals: %d routes — %s; %d implemented (every route of high or medium confidence, part 1 and part 2), %d high/medium routes
remain, 2 low routes are not exposed.

""" % (total, ", ".join("%s %d" % (k, conf[k]) for k in ("high", "medium", "low")), len(impl), len(rem_hm)))
out.append("| operation | method | path (under /api) | confidence | evidence | SDK method |\n|---|---|---|---|---|---|\n")
for r in rows:
    ev = r[4].replace("|", "\\|")
    out.append("| `%s` | %s | `%s` | %s | %s | %s |\n" % (r[0], r[2], r[3], r[5], ev, ("`%s`" % r[6]) if r[6] else "—"))
out.append("""
### Guessed parameter names

Query and form names the seed lost are kept in `org.gedkit.netexplorer.internal.WireNames` (one line each); the
ones marked *guess* have no evidence and may need a correction against a live server. `FolderQuery.param(...)`
lets a user send another name meanwhile.

| name | meaning | status |
|---|---|---|
""")
for val, doc, kind in guesses:
    out.append("| `%s` | %s | %s |\n" % (val, doc.replace("|", "\\|").replace("{@code ", "").replace("}", ""), kind))
out.append("""
### Other decisions

* **Models** are records with every field of the seed schemas; fields the server may omit (light/full mode,
  "Optionnel", null) are `Optional`, lists are never null, unknown fields go to `extra()`. Ids that are strings on
  the wire (`User.id`, `owner_id`) stay strings; `parent_id` is read leniently (`"29628,"` in the trash-restore
  example gives 29628). `FileInfo` also carries the timeline totals/events and `size`; the file example's
  `thumbs_token` and the timeline example's `total_download` are accepted as aliases.
* **Seed examples** are copied verbatim into `seed-examples.tsv` and parsed by `SeedExamplesTest` after removing
  only what the HTML-to-text extraction left: `// comments` (their line ends were lost, so they run to the next
  structural character) and `...` ellipses. Trailing commas and `[ ]` placeholders are accepted by the mapper.
* **Roots** (`/roots`, `/root/{type}`, `/root/portal/{filter}`) have no seed text: replies are read as folders, an
  object becoming a one-item list.
* **Search** uses the folder route with a search term; `folders().search` returns `{folders, files}`.
* **Thumbnails**: the seed says the `/mixer` parameter is the file's `thumb_token`, so `files().thumbnail` takes the
  token, not the file id. The thumbnail-status call (low) is not exposed.
* **`GET /file/download`** takes the download token as `token` and is sent without the session.
* **Trash purge of every user** sends `purge=all` (guess); restore returns `FileOrFolder`, told apart by the
  fields present.
* **Chunked upload report** is asked with a `report` form field on the upload route (the seed says "propriété");
  the reply's single `missing` index is the next chunk to send; resuming marks every chunk before it as received.
* **`DELETE /file/cancel`** names the upload with `folderId` and `targetFile` query parameters (guess);
  **`GET /zip`** takes comma-separated `files` / `folders` ids (guess); **tus** follows tus 1.0 with metadata
  `filename` and `folderId`.
* **No file copy route** exists in the route table (the issue lists "copy"): there is no method for it; the
  template copy route belongs to part 2.
* **The "stream" upload** (`uploadMethod: stream`, low, a guess even in its only source) is not implemented.
* **Logout** happens only for sessions the client opened with credentials (`logoutOnClose(false)` turns it off).
* **Views from `as(...)`** share the session; closing a view does nothing.
""")
# part 2's decisions (guessed parameters per group), folded in under Decisions
part2 = open("sdk-netexplorer/src/build/part2-decisions.md", encoding="utf-8").read()
part2 = part2.split("\n", 1)[1] if part2.startswith("# ") else part2
out.append("\n### Part 2 resource groups\n" + part2.replace("\n## ", "\n#### "))
open("docs/netexplorer.md", "w", encoding="utf-8").write("".join(out))
print("docs/netexplorer.md:", len(snips), "snippets,", total, "routes")
