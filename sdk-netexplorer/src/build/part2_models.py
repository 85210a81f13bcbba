"""Part-2 model specs: name -> (javadoc, field lines). A field line: wire[=javaName][|alias] Type kind doc.
kind: p plain, o Optional, l List, L lenient Optional<Long>, s secret Optional<String> (masked in toString)."""
D = "OffsetDateTime"
M = {}
M["Annotation"] = ("An annotation of a file or folder (seed \"Annotation\", lines 85-95).", """
id long p unique numeric id
target_id Long L id of the annotated file or folder
target_type String o "file" or "folder"
owner String o author's full name
owner_id String o author's id
date OffsetDateTime o creation date
text String o the text
conversation Long L id of the annotation this one answers, if any
""")
M["Right"] = ("An access right of a user on a folder (seed \"Droit\", lines 106-119).", """
id long p unique numeric id
folder_id Long L the folder
target_id String o the user the right is granted to
target String o the user's full name
browse boolean p may browse the folder
read boolean p may list and preview files
download boolean p may download files
write boolean p may add files
edit boolean p may modify files
delete boolean p may delete files
share boolean p may invite participants and create links
""")
M["Alert"] = ("An e-mail alert on a folder (seed \"Alerte\", lines 120-131).", """
id long p unique numeric id
folder_id Long L the folder
target_id String o the alerted user or group
target String o the user's full name or the group name
target_isgroup=targetIsGroup Boolean o whether the target is a group
active Boolean o whether the alert is active (in the example, not in the schema)
email Long L id of the Email object used to send the alert
expiration_date OffsetDateTime o expiry; empty = none
owner String o creator's full name
owner_id String o creator's id
""")
M["UserQuota"] = ("A user's quota and usage ({@code GET /user/{userId}/quota}, seed lines 705-707).", """
quota Long L the quota in bytes; empty = none
user Long L bytes used by the user
""")
M["Invitation"] = ("An invitation to create an account on a folder (seed \"Invitation\", lines 167-178).", """
id String p unique id
key String s the invitation key (a secret)
source String o id of the inviting user
source_name String o name of the inviting user
target String o the invited person (e-mail) or created user id
expiration OffsetDateTime o expiry; empty = none
folder Long L the folder the invited user will reach
rights Integer o rights mask applied at account creation
""")
M["InvitableUser"] = ("A user who can be invited on a folder (seed lines 730-732).", """
id String p user id
name String o full name
emails String o e-mail addresses, comma separated
""")
M["ConnectionOptions"] = ("Connection options of a user or group (seed \"Options de connexion\", lines 186-200).", """
target_id String o the user or group
target String o its name
target_isgroup=targetIsGroup Boolean o whether it is a group
ips List<String> o IP allow-list; empty Optional = no filter (null), an empty list = blocked
days Integer o allowed days mask (Monday 2 ... Sunday 64 per the seed example 62 = Monday-Friday)
hour_start String o GMT time from which login is allowed (HH:mm:ss)
hour_end String o GMT time after which login is refused (HH:mm:ss)
can_netsync Boolean o may use synchronisation
oauth_blocked Integer o blocked applications mask (1 web, 2 mobile, 4 Outlook)
inherited Boolean o inherited from a group
""")
M["Delegate"] = ("A group delegate (seed \"Délégué\", lines 201-211; deprecated, replaced by the Manager role).", """
id long p unique numeric id
user String o the delegate's full name
user_id String o the delegate's id
group_id String o the group
users Boolean o may manage the group's users
security Boolean o may manage access rights
alerts Boolean o may set e-mail alerts
""")
M["Email"] = ("An e-mail template or message (seed \"Email\", lines 212-224).", """
id long p unique numeric id
object String o subject
content String o body, text or HTML
type String o EM_TE_ALERT, EM_TE_SENDED, EM_TE_TOSEND...
owner String o owner's full name
owner_id String o owner's id
from String o sender address (EM_TE_SENDED / EM_TE_TOSEND only)
to String o recipients, comma separated
bcc String o hidden copies (obsolete; its wire name was lost, guessed)
last_send OffsetDateTime o last sending; empty = never sent
""")
M["ShareContentItem"] = ("One entity of a share (seed \"Contenu de partage\", lines 239-254).", """
guid String o the file's GUID (files only)
id long p the entity id
entity_type Integer o entity type (0 file, 1 folder in the example)
share_id Long L the share
name String o name
extension String o extension (files only)
lock Lock o lock (files only)
can_download Boolean o may be downloaded
can_preview Boolean o may be previewed
can_edit Boolean o may be edited
file_type String o preview type (files only)
size Long L size in bytes
is_file Boolean o whether it is a file (in the example)
parent_id Long L parent folder (in the example)
""")
M["Share"] = ("A share (seed \"Partage\", lines 225-238).", """
id long p unique numeric id
key String s the share key (opens the share to whoever holds it)
roots List<ShareContentItem> l shared entities
flags Integer o rights mask of the link
expiration_date OffsetDateTime o expiry; empty = none
creation_date OffsetDateTime o creation (the example prints dd/MM/yyyy)
name String o name
owner String o creator's full name
owner_id String o creator's id
access_token String s token for a password-protected share (2 h)
""")
M["DownloadEvent"] = ("One download of a share link (seed lines 277-279, {@code stats.downloads}).", """
id long p event id
date OffsetDateTime o when
user String o who, when known
user_id String o who (id), when known
geo Geolocation o where
env Environment o with what
""")
M["SharelinkStats"] = ("Download statistics of a share link (owner only; seed line 277).", """
downloads List<DownloadEvent> l the downloads
users Integer o distinct downloaders
""")
M["Sharelink"] = ("A share link, also called dlink (seed \"Partage par lien\", lines 255-279).", """
id long p unique numeric id
key String s download key (opens the link to whoever holds it)
files List<FileInfo> l files of the link
file_id Long L the file (in the example)
file String o the file name (in the example)
file_size Long L the file size (in the example)
is_valid Boolean o still downloadable
expiration_date OffsetDateTime o expiry; empty = none
password_protected String o password key; empty = no password
remaining_downloads Integer o downloads left
thumb_token String s thumbnail key
file_type String o image or document
owner String o creator's full name
owner_id String o creator's id
nb_downloads Integer o downloads so far (owner only)
max_downloads Integer o download limit (owner only)
notify=notifyOwner Boolean o notify the owner on download (owner only)
autoupdate Boolean o follows the newest version
only_preview Boolean o preview only
type Integer o link type
force_dl Boolean o forces download
access_token String s token for password-protected content (2 h)
download_token String s deprecated download token; use TokensApi
stats SharelinkStats o statistics (owner only)
""")
M["EmailRecipient"] = ("A recipient of a share e-mail (seed lines 289, 297-299).", """
email String o address
name String o name
id String o user id, for internal recipients
dlink List<Sharelink> l the recipient's own share link
""")
M["ShareEmail"] = ("A share sent by e-mail (seed \"Partage par email\", lines 280-289).", """
id long p unique numeric id
object String o subject
content String o body
owner_id String o creator's id
share_id Long L the attached share link
creation_date OffsetDateTime o creation
recipients List<EmailRecipient> l recipients
""")
M["ShareEmailStats"] = ("Download and preview counts of a share e-mail (seed line 299).", """
nb_download Integer o downloads
nb_preview Integer o previews
""")
M["ShareEmailSummary"] = ("A share e-mail as listed (seed \"Partage par email\", lines 290-299; the example spells the date sendind_date).", """
id long p unique numeric id
object String o subject
content String o body
owner String o creator's id
stats ShareEmailStats o download and preview counts
sending_date|sendind_date OffsetDateTime o when it was sent
recipients List<EmailRecipient> l recipients
""")
M["ShareActivity"] = ("One event of a share or share e-mail activity (route known only from the listing; fields guessed from DownloadEvent).", """
id long p event id
type String o kind of event
date OffsetDateTime o when
user String o who
user_id String o who (id)
email String o recipient address, for e-mail shares
geo Geolocation o where
env Environment o with what
""")
M["PasswordCheck"] = ("The result of a link password check (routes known only from the listing; guessed).", """
valid Boolean o whether the password is right
access_token String s token to read the content (2 h)
""")
M["Ulink"] = ("An upload link (seed \"Lien de dépôt\", lines 300-309).", """
id long p unique numeric id
key String s access key (opens the upload link to whoever holds it)
folder String o destination folder name (owner only)
folder_id Long L destination folder; empty when it no longer exists
is_valid Boolean o still usable
expiration_date OffsetDateTime o expiry (in the example)
owner String o owner's full name
owner_id String o owner's id
""")
M["Template"] = ("A file template (seed \"Template\", lines 310-319).", """
id long p unique id
name String o name
description String o description
date String o modification date, as text
guid String o GUID
parent_id Long L parent folder
file_type String o preview type
thumb_token String s thumbnail token
""")
M["TemplateFolder"] = ("The folder holding templates ({@code GET /template/folder}, seed 633-634).", """
folder Long L the folder id
""")
M["WorkflowFlux"] = ("The flux type of a workflow instance (seed line 334).", """
id Integer o flux id (1 validation, 2 handwritten signature, 3 eIDAS simple, 4 multi validation, 5 eIDAS advanced)
name String o translation key of the name
description String o translation key of the description
""")
M["WorkflowState"] = ("The state of a workflow instance (seed line 334).", """
id Integer o state id
name String o translation key of the name
""")
M["WorkflowObject"] = ("An object attached to a workflow instance (seed line 334).", """
type String o object type (file)
id Long L object id
""")
M["WorkflowInstance"] = ("A workflow (flux) instance (seed \"Instance de flux\", lines 320-334).", """
id long p unique id
object_type String o type of the attached object
object_id Long L id of the attached object
flux WorkflowFlux o the flux type
state WorkflowState o the current state
owner_id String o creator's id
properties Object o flux properties as plain JSON values
creation OffsetDateTime o creation
edit OffsetDateTime o last change (in the example)
is_closed Boolean o in a final state
transitions_available Object o transitions available from the current state, as plain JSON values
data_objects List<WorkflowObject> l attached objects
""")
M["LogEntry"] = ("A log entry (seed \"Entrée de journal\", lines 335-349).", """
id long p unique numeric id
user_id String o who (Guest when not logged in)
user String o full name
date OffsetDateTime o when
message String o details
ip String o IP address
user_agent String o browser or tool
type String o event type (ADMLLOG_...)
statut=status String o ADMLLOG_OK or ADMLLOG_ERROR
object_id String o id of the affected object
object_type String o type of the affected object
object String o name of the affected object
""")
M["ConfigFeatures"] = ("Feature switches of the platform configuration (seed lines 789-790).", """
lock_read Boolean o read locks
lock Boolean o locks
edit Boolean o online edition
trash Boolean o trash
versioning Boolean o versioning
""")
M["PlatformConfig"] = ("The private platform configuration ({@code GET /config}, seed 789-790); other keys stay in extra().", """
features ConfigFeatures o feature switches
config ConfigValues o configuration values, when nested
""")
M["ConfigValues"] = ("Configuration values (seed lines 791-796; the example of GET /publicconfig spells defaut_language).", """
default_language|defaut_language String o default language
allow_guest Boolean o guest access
""")
M["PublicConfig"] = ("The public configuration ({@code GET /publicconfig}, seed 791-792).", """
config ConfigValues o configuration values
""")
M["StorageUsage"] = ("Disk usage (seed {@code /fzen} example, line 891).", """
used Long L bytes used
free Long L bytes free
quota Long L quota in bytes
percent Double o percentage used
""")
M["UserSize"] = ("Per-user size (seed {@code /fzen} example).", """
id Long L user id
user String o full name
login String o login
size Long L bytes
""")
M["UserSizes"] = ("A total and per-user sizes (seed {@code /fzen} example).", """
total Long L total bytes
users List<UserSize> l per user
""")
M["PlatformStorage"] = ("Storage section of the platform usage (seed {@code /fzen} example).", """
main StorageUsage o main storage
archive StorageUsage o archive storage (obsolete)
trashes UserSizes o trashes
private=privateSpaces UserSizes o private spaces
outlook Long L bytes of Outlook connector attachments
versions Long L bytes of file versions
""")
M["PlatformVisit"] = ("A recent visit (seed {@code /fzen} example, section visits).", """
id Long L user id
user String o full name
login String o login
last_seen Long L last activity, Unix timestamp (sent as a string)
actions Integer o number of actions
external Boolean o external user
""")
M["PlatformConnection"] = ("A synchronisation slot in use (seed {@code /fzen} example, section slots.recents).", """
id Long L user id
user String o full name
login String o login
ip String o IP address
user_agent String o client software
computer String o computer name
date Long L last connection, Unix timestamp; empty when online
state String o online or offline
type String o client type
env Environment o environment
geo Geolocation o geolocation
""")
M["PlatformSlots"] = ("Synchronisation slots (seed {@code /fzen} example, section slots).", """
allowed Integer o slots allowed
used Integer o slots used
billable Integer o billed connections
recents List<PlatformConnection> l recent connections
""")
M["DocSigning"] = ("Document signing credits (seed {@code /fzen} example, section docsigning).", """
sign Integer o signatures left
sign_personal Integer o personal signatures left
timestamp Integer o timestamps left
""")
M["PlatformUsage"] = ("Platform usage ({@code GET /fzen}, seed 882-891); sections not typed here stay in extra().", """
expire Long L platform expiry as a Unix timestamp (seconds)
storage PlatformStorage o storage usage (mask 1, 2, 16, 64)
visits List<PlatformVisit> l recent visits (mask 8)
slots PlatformSlots o synchronisation slots (mask 4)
docsigning=docSigning DocSigning o document signing credits
""")
M["OAuthApp"] = ("An OAuth2 application (seed lines 958-998; the object schema was lost, fields guessed).", """
client_id String o public client id
name String o name
description String o description
type Integer o 0 client-server, 1 server-server
scopes List<String> l granted scopes
redirect_uri String o redirect URI
creation OffsetDateTime o creation
client_secret String s client secret (only on creation and reset)
""")
M["OAuthToken"] = ("An OAuth2 token granted to an application (seed 963-965, 999-1002; fields guessed).", """
id String o token id
token String s the token value
client_id String o the application
name String o application name
scopes List<String> l scopes
creation OffsetDateTime o creation
expiration OffsetDateTime o expiry; empty = none (offline)
""")
M["OAuthTokenResponse"] = ("The reply of the OAuth2 token endpoint (standard OAuth2 fields).", """
access_token String s the access token
token_type String o token type (Bearer)
expires_in Long L lifetime in seconds
refresh_token String s the refresh token
scope String o granted scopes
""")
M["SignatureActor"] = ("A signer or other actor of a signature request (route known only from the listing; fields guessed).", """
id long p actor id
firstname String o first name
lastname String o last name
email String o e-mail
phone String o phone
role String o role
status String o status
""")
M["SignatureField"] = ("A signature field placed on a document (fields guessed from the workflow signature_fields, seed 855).", """
id long p field id
actor_id Long L the actor who signs here
page Integer o page
x Double o x (from the bottom left)
y Double o y (from the bottom left)
width Double o width
height Double o height
""")
M["SignatureDocument"] = ("A document of a signature request (fields guessed).", """
id long p document id
file_id Long L the source file
name String o name
fields List<SignatureField> l signature fields
""")
M["Signature"] = ("An electronic signature request (route known only from the listing; fields guessed).", """
id long p unique id
name String o name
status String o status
message String o message to signers
creation OffsetDateTime o creation
expiration OffsetDateTime o expiry
owner_id String o creator's id
actors List<SignatureActor> l actors
documents List<SignatureDocument> l documents
""")
M["SignatureActivity"] = ("One activity entry of a signature request (fields guessed).", """
id long p entry id
type String o kind
date OffsetDateTime o when
actor_id Long L the actor
message String o details
""")
M["Tag"] = ("A tag (route known only from the listing; fields guessed).", """
id long p unique id
name String o name
color String o color
category_id Long L category
""")
M["TagCategory"] = ("A tag category (fields guessed).", """
id long p unique id
name String o name
color String o color
tags List<Tag> l tags of the category
""")
M["TagColor"] = ("A color available for tags (fields guessed).", """
id String o color id
name String o name
color String o color code
""")
M["IdentityProvider"] = ("An identity provider such as LDAP or SAML (route known only from the listing; fields guessed).", """
id long p unique id
name String o name
type String o kind (ldap, saml, oidc...)
enabled Boolean o active
settings Object o provider settings as plain JSON values
last_sync OffsetDateTime o last synchronisation
""")
M["IdentityTestResult"] = ("The result of an identity-provider connection test (fields guessed).", """
success Boolean o the test passed
message String o details
""")
M["IdentityMatching"] = ("Attribute matching of an identity provider (fields guessed).", """
provider_id Long L the provider
fields Object o attribute matching as plain JSON values
""")
