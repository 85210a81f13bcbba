#!/usr/bin/env python3
"""Writes sdk-netexplorer/src/test/resources/org/gedkit/netexplorer/operations.tsv from the route table
(../shared/netexplorer-routes.md via gen_routes.rows) and the IMPLEMENTED map below.
Run from the worktree root: python3 sdk-netexplorer/src/build/gen_catalog.py /work/shared/netexplorer-routes.md"""
import importlib.util, os, sys
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "gen_routes.py"), encoding="utf-8").read().replace("\nmain()\n", "\n")
ns = {}
exec(compile(src, "gen_routes.py", "exec"), ns)

T = {
 "auth": "ClientAuthTest#login_postsUserAndPassword_thenSendsBearer_andLogsOutOnClose",
}
IMPLEMENTED = {
 "POST_AUTH": ("NetExplorerClient#login", T["auth"]),
 "DELETE_AUTH": ("NetExplorerClient#close", T["auth"]),
 "GET_ACCOUNT": ("AccountApi#get", "AccountApiTest#get_readsUser"),
 "GET_ACCOUNT_PICTURE": ("AccountApi#picture", "AccountApiTest#picture_getUploadDelete"),
 "POST_RESETPASSWORD": ("AccountApi#resetPassword", "AccountApiTest#resetPassword_postsLoginOrEmail_withoutToken"),
 "POST_ACCOUNT_PICTURE": ("AccountApi#uploadPicture", "AccountApiTest#picture_getUploadDelete"),
 "PUT_ACCOUNT": ("AccountApi#update", "AccountApiTest#update_sendsOnlySetFields"),
 "DELETE_ACCOUNT_PICTURE": ("AccountApi#deletePicture", "AccountApiTest#picture_getUploadDelete"),
 "GET_FOLDER_FOLDERID": ("FoldersApi#get", "FoldersApiTest#get_withDepthFullFilter"),
 "GET_FOLDER_FOLDERID_TIMELINE": ("FoldersApi#timeline", "FoldersApiTest#timeline_readsEvents"),
 "GET_FOLDERS": ("FoldersApi#roots", "FoldersApiTest#roots_readsArray"),
 "POST_FOLDER": ("FoldersApi#create", "FoldersApiTest#create_postsJson"),
 "PUT_FOLDER_FOLDERID": ("FoldersApi#update", "FoldersApiTest#update_renameMove_putJson"),
 "DELETE_FOLDER_FOLDERID": ("FoldersApi#delete", "FoldersApiTest#delete_trashOrDestroy"),
 "GET_ROOT_PORTAL_FILTER": ("RootsApi#portal", "RootsApiTest#list_byType_portal"),
 "GET_ROOT_TYPE": ("RootsApi#byType", "RootsApiTest#list_byType_portal"),
 "GET_ROOTS": ("RootsApi#list", "RootsApiTest#list_byType_portal"),
 "GET_FILE_FILEID": ("FilesApi#get", "FilesApiTest#get_fullAndLight"),
 "GET_FILE_ACTIVITY": ("FilesApi#activity", "FilesApiTest#activity_isPagedWithTotal"),
 "GET_FILE_DOWNLOAD": ("DownloadsApi#downloadWithToken", "TransfersApiTest#downloadWithToken_sendsNoSession"),
 "GET_FILE_FILEID_DOWNLOAD": ("DownloadsApi#download", "TransfersApiTest#download_verifiesMd5FromMetadata"),
 "GET_FILE_FILEID_INFOS": ("FilesApi#infos", "FilesApiTest#infos_pageCountAsString"),
 "GET_FILE_FILEID_TIMELINE": ("FilesApi#timeline", "FilesApiTest#timeline_and_versions"),
 "GET_FILE_FILEID_VERSIONS": ("FilesApi#versions", "FilesApiTest#timeline_and_versions"),
 "POST_FILE": ("FilesApi#create", "FilesApiTest#create_update_rename_move"),
 "POST_FILE_UPLOAD": ("UploadsApi#uploadChunked", "TransfersApiTest#uploadChunked_sendsFields_readsOk_thenMissingReport_thenFile"),
 "PUT_FILE_FILEID": ("FilesApi#update", "FilesApiTest#create_update_rename_move"),
 "PUT_FILE_FILEID_UPLOAD": ("UploadsApi#replaceContent", "TransfersApiTest#replaceContent_putsOctetStream"),
 "DELETE_FILE_FILEID": ("FilesApi#delete", "FilesApiTest#delete_withVersionModes"),
 "DELETE_FILE_CANCEL": ("UploadsApi#cancel", "TransfersApiTest#cancel_namesTheUpload"),
 "POST_FILE_TUS": ("UploadsApi#tusUpload", "TransfersApiTest#tusUpload_createsThenPatchesChunks"),
 "GET_TRASH_TRASHID": ("TrashApi#get", "TrashAndTokensApiTest#trash_get_list_restore_destroy_purge"),
 "GET_TRASHES": ("TrashApi#list", "TrashAndTokensApiTest#trash_get_list_restore_destroy_purge"),
 "PUT_TRASH_TRASHID": ("TrashApi#restore", "TrashAndTokensApiTest#trash_get_list_restore_destroy_purge"),
 "DELETE_TRASH_TRASHID": ("TrashApi#destroy", "TrashAndTokensApiTest#trash_get_list_restore_destroy_purge"),
 "DELETE_TRASHES": ("TrashApi#purge", "TrashAndTokensApiTest#trash_get_list_restore_destroy_purge"),
 "GET_MIXER_FILEID": ("FilesApi#thumbnail", "FilesApiTest#preview_and_thumbnail"),
 "GET_PREVIEW_FILEID": ("FilesApi#preview", "FilesApiTest#preview_and_thumbnail"),
 "GET_ZIP": ("FilesApi#zip", "FilesApiTest#zip_filesAndFolders"),
 "POST_TOKEN_FILE_FILEID_TYPE": ("TokensApi#file", "TrashAndTokensApiTest#tokens_allKinds"),
 "POST_TOKEN_SHARELINK_KEY_DOWNLOAD": ("TokensApi#sharelinkDownload", "TrashAndTokensApiTest#tokens_allKinds"),
 "POST_TOKEN_SHARE_GUID_TYPE_KEY": ("TokensApi#shareFile", "TrashAndTokensApiTest#tokens_allKinds"),
 "POST_TOKEN_SHARELINK_KEY_DATAID_TYPE": ("TokensApi#sharelinkFile", "TrashAndTokensApiTest#tokens_allKinds"),
 "POST_TOKEN_SHARE_DOWNLOAD_KEY": ("TokensApi#shareDownload", "TrashAndTokensApiTest#tokens_allKinds"),
 "POST_TOKEN_TEMPLATE_ID_TYPE": ("TokensApi#template", "TrashAndTokensApiTest#tokens_allKinds"),
 "GET_PATH": ("FoldersApi#pathOfFolder", "FoldersApiTest#pathLookups"),
 "GET_OBJECTPATH": ("FoldersApi#objectAtPath", "FoldersApiTest#pathLookups"),
 "GET_ISCHILDOF": ("FoldersApi#isChildOf", "FoldersApiTest#pathLookups"),
 "GET_QUOTAS": ("FoldersApi#quotas", "FoldersApiTest#quotas_nullMeansNone"),
}

md = open(sys.argv[1], encoding="utf-8").read()
# part 2's methods and tests (operations-part2.tsv) are kept: the catalog is the union of both parts
import csv, os
PART2 = {}
p2 = "sdk-netexplorer/src/test/resources/org/gedkit/netexplorer/operations-part2.tsv"
if os.path.exists(p2):
    with open(p2, encoding="utf-8") as f:
        rows2 = list(csv.reader(f, delimiter="\t"))
    head2 = rows2[0]
    for r in rows2[1:]:
        d = dict(zip(head2, r))
        key = d.get("operation") or d.get("route") or r[0]
        PART2[key] = (d.get("sdk_method", ""), d.get("test", ""))
out = ["operation\tgroup\tmethod\tpath\tevidence\tconfidence\tsdk_method\ttest"]
names = set()
for group, (op, seed, method, path, evidence, conf) in ns["rows"](md):
    path = path.strip("`")
    name = ns["const_name"](method, path)
    names.add(name)
    clean = "/file/upload" if "uploadMethod=stream" in path else path.replace("(outside /api)", "").strip()
    ev = ("seed " + seed + "; " if seed != "-" else "") + evidence
    sdk, test = IMPLEMENTED.get(name) or PART2.get(name) or ("", "")
    out.append("\t".join([name, group, method, clean, ev.replace("\t", " "), conf, sdk, test]))
missing = set(IMPLEMENTED) - names
if missing:
    raise SystemExit("unknown routes in IMPLEMENTED: %s" % missing)
open("sdk-netexplorer/src/test/resources/org/gedkit/netexplorer/operations.tsv", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "operations,", len(IMPLEMENTED), "implemented")
