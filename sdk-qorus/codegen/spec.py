CLASSES = {
  'SystemApi': {'accessor': 'system', 'doc': 'The system group of the Qorus REST API v2 ({@code /api/v2/system}): instance information, health, options, system properties, tokens, alerts, listeners, SQL cache, sessions and UI extensions.'},
  'WorkflowsApi': {'accessor': 'workflows', 'doc': 'The workflows group ({@code /api/v2/workflows}): workflow definitions, execution control, order creation (with unique keys and sensitive data), and the orders and errors of one workflow.'},
  'OrdersApi': {'accessor': 'orders', 'doc': 'The orders group ({@code /api/v2/orders}): workflow order search, status control (retry, cancel, block, skip step, lock), data (dynamic, static, sensitive; JSON or YAML) and notes.'},
  'JobsApi': {'accessor': 'jobs', 'doc': 'The jobs group ({@code /api/v2/jobs}): job definitions, control (run, enable, schedule, expiry) and results.'},
  'ServicesApi': {'accessor': 'services', 'doc': 'The services group ({@code /api/v2/services}): service definitions, lifecycle (load, reset, start, stop), options, state data, streams, resource files and calling a service method.'},
}

ERRF = 'name:str version:str workflowInstanceId:long:workflow_instanceid workflowId:long:workflowid stepId:long:stepid stepName:str:stepname stepVersion:str:stepversion ind:int workflowStatus:str:workflowstatus started:date completed:date parentWorkflowInstanceId:long:parent_workflow_instanceid customStatus:str:custom_status priority:int scheduled:date errorInstanceId:long:error_instanceid error:str description:str info:str severity:str created:date retry:obj businessError:obj:business_error customStatusDesc:str:custom_status_desc'
ORDF = 'name:str version:str workflowInstanceId:long:workflow_instanceid workflowId:long:workflowid workflowStatus:str:workflowstatus statusSessionId:long:status_sessionid started:date completed:date modified:date parentWorkflowInstanceId:long:parent_workflow_instanceid synchronous:obj businessError:obj:business_error operatorLock:obj:operator_lock noteCount:int:note_count warningCount:int:warning_count errorCount:int:error_count customStatus:str:custom_status priority:int scheduled:date customStatusDesc:str:custom_status_desc actions:strs'
SENSF = ORDF + ' archive:obj skey:str svalue:str sensitiveData:map:sensitive_data'
SUMF = 'workflowId:long:workflowid name:str version:str count:long minStarted:date:minstarted maxCompleted:date:maxcompleted minDuration:obj:minduration avgDuration:obj:avgduration maxDuration:obj:maxduration minProcessing:obj:minprocessing avgProcessing:obj:avgprocessing maxProcessing:obj:maxprocessing'
MULTI = 'arg:obj info:str workflowId:long:workflowid jobId:long:jobid serviceId:long:serviceid type:str name:str version:str'

MODELS = {
  'SystemInfo': {'doc': 'The instance information of {@code GET /api/v2/system}.', 'fields': 'instanceKey:str:instance-key omqVersion:str:omq-version omqVersionCode:long:omq-version-code qoreVersion:str:qore-version datamodelVersion:str:datamodel-version omqBuild:str:omq-build buildType:str:build-type omqSchema:str:omq-schema omqDriver:str:omq-driver omqDbVersion:str:omq-db-version omquserSchema:str:omquser-schema omquserDriver:str:omquser-driver omquserDbVersion:str:omquser-db-version apiVersion:str:api_version hostname:str pid:long sessionId:long:session-id startTime:date:starttime threads:int cacheSize:long:cache_size shuttingDown:bool:shutting_down health:str omqDir:str:omq_dir logfile:str alertSummary:map:alert-summary modules:map runtimeProperties:map:runtime-properties schemaProperties:map:schema-properties'},
  'PublicInfo': {'doc': 'The public instance information ({@code GET /api/v2/public/info}).', 'fields': 'noauth:bool instanceKey:str:instance-key omqSchema:str:omq-schema omqVersion:str:omq-version omqBuild:str:omq-build qoreVersion:str:qore-version'},
  'Health': {'doc': 'The health summary of {@code GET /api/v2/system/health}.', 'fields': 'health:str ongoing:long transientAlerts:long:transient instanceKey:str:instance-key remote:list'},
  'SystemOption': {'doc': 'A REST System Option Hash ({@code GET /api/v2/system/options}).', 'fields': 'name:str value:obj expects:str desc:str defaultValue:obj:default startupOnly:bool:startup-only status:str workflow:bool service:bool job:bool'},
  'Alert': {'doc': 'A REST Alert Hash (system, workflow, service or job alerts).', 'fields': 'type:str id:obj alertId:long:alertid alert:str reason:str who:str source:str object:str instance:str name:str version:str auditId:long:auditid when:date local:bool alertType:str:alerttype'},
  'PropertyUpdateCounts': {'doc': 'The counts returned by the system property update actions.', 'fields': 'insert:long:INSERT update:long:UPDATE delete:long:DELETE ignored:long:IGNORED'},
  'Workflow': {'doc': 'A workflow as returned by {@code GET /api/v2/workflows} and {@code GET /api/v2/workflows/{id_or_name}}.', 'fields': 'workflowId:long:workflowid name:str version:str patch:str description:str author:str autostart:int manualAutostart:bool:manual_autostart created:date modified:date enabled:bool deprecated:bool remote:bool execCount:int:exec_count keyList:obj:keylist stepMap:map:stepmap steps:map segment:list stepSeg:map:stepseg options:obj lib:map mappers:obj vmaps:obj stepInfo:list:stepinfo wfFuncs:list:wffuncs exec:list connections:list groups:list alerts:list sla:obj'},
  'Order': {'doc': 'A workflow order summary, as listed by the order searches ({@code GET /api/v2/orders}).', 'fields': ORDF},
  'OrderDetails': {'doc': 'A workflow order with its data ({@code GET /api/v2/orders/{id}}); {@code sensitive_data} only over https.', 'fields': 'name:str version:str author:str workflowInstanceId:long:workflow_instanceid workflowId:long:workflowid workflowStatus:str:workflowstatus statusSessionId:long:status_sessionid parentWorkflowInstanceId:long:parent_workflow_instanceid subworkflow:obj synchronous:obj errors:obj businessError:obj:business_error workflowStatusOrig:str:workflowstatus_orig customStatus:str:custom_status scheduled:date priority:int started:date completed:date modified:date operatorLock:obj:operator_lock noteCount:int:note_count deprecated:bool autostart:obj manualAutostart:bool:manual_autostart maxInstances:obj:max_instances externalOrderInstanceId:str:external_order_instanceid staticData:map:staticdata dynamicData:map:dynamicdata sensitiveData:map:sensitive_data hasSensitiveData:bool:has_sensitive_data keys:map warningCount:int:warning_count errorCount:int:error_count stepInstances:list:StepInstances errorInstances:list:ErrorInstances hierarchyInfo:map:HierarchyInfo auditEvents:list:AuditEvents lastModified:date:LastModified actions:strs notes:list',
                   'extra_java': '\n  @Override\n  public String toString() {\n    return "OrderDetails[workflowInstanceId=" + workflowInstanceId + ", name=" + name + ", status=" + workflowStatus\n        + ", sensitiveData=" + (sensitiveData.isEmpty() ? "{}" : "***") + "]";\n  }\n'},
  'SensitiveOrder': {'doc': 'An order found by a sensitive data search or purge (its values are secret: {@code toString()} masks them).', 'fields': SENSF,
                     'extra_java': '\n  @Override\n  public String toString() {\n    return "SensitiveOrder[workflowInstanceId=" + workflowInstanceId + ", skey=" + skey + ", svalue=***, sensitiveData=***]";\n  }\n'},
  'OrderError': {'doc': 'An error instance of a workflow order ({@code listErrors} actions).', 'fields': ERRF},
  'ProcessingSummary': {'doc': 'A row of a workflow order processing summary ({@code processingSummary} actions).', 'fields': SUMF},
  'OrderStatusChange': {'doc': 'The result of an order status action (block, cancel, retry, setError...): the counts updated and the new status.', 'fields': 'workflowStatus:str:workflow_status oldStatus:str:old_status stepsUpdated:long:steps_updated segmentsUpdated:long:segments_updated workflowUpdated:obj:workflow_updated cached:obj queuedDetachedSegments:long:queued_detached_segments queuedSubworkflows:long:queued_subworkflows queuedAsyncMessages:long:queued_async_messages queuedSyncEvents:long:queued_sync_events queuedAsyncRetries:long:queued_async_retries queuedRetries:long:queued_retries queuedFixedRetries:long:queued_fixed_retries'},
  'CreatedOrder': {'doc': 'The reply of {@code createOrder}: the new order ID.', 'fields': 'workflowInstanceId:long:workflow_instanceid duplicate:bool'},
  'SynchronousOrderResult': {'doc': 'The reply of {@code execSynchronous}: the order ID, its final status and dynamic data.', 'fields': 'workflowInstanceId:long:workflow_instanceid status:str dynamicData:map:dynamicdata'},
  'OrderNote': {'doc': 'A note on a workflow order.', 'fields': 'noteId:long:note_id workflowInstanceId:long:workflow_instanceid saved:obj username:str note:str created:date modified:date count:int'},
  'SensitiveDataEntry': {'doc': 'Sensitive data of an order for one key type and value, as returned by {@code yamlSensitiveData} (the data itself parsed from YAML).', 'fields': 'aliases:strs data:yamlmap meta:map',
                         'extra_java': '\n  @Override\n  public String toString() {\n    return "SensitiveDataEntry[aliases=" + aliases.size() + ", data=***, meta=" + meta.keySet() + "]";\n  }\n'},
  'ObjectActionResult': {'doc': 'One element of the reply of a multi-object action ({@code PUT /api/v2/workflows?action=enable}, {@code jobs?action=run}, ...); the flag key named after the action is in {@code extra()}.', 'fields': MULTI + ' jobInstanceId:long:job_instanceid status:str started:obj stopped:obj autostart:int updated:obj execId:long:exec_id'},
  'WorkflowActionResult': {'doc': 'The reply of an action on one workflow (enable, disable, autostart, deprecate, start...).', 'fields': 'workflowId:long:workflowid name:str version:str info:str updated:obj autostart:int started:obj stopped:obj ids:list exec:obj'},
  'CountDetails': {'doc': 'A count with details, returned by multi-workflow actions ({@code disable}, {@code reset}, {@code stop}, {@code stopAll}).', 'fields': 'count:long workflows:obj details:obj msg:str'},
  'WorkflowError': {'doc': 'An error definition (global or workflow-specific).', 'fields': 'error:str description:str severity:str retryFlag:bool:retry_flag retryDelaySecs:long:retry_delay_secs businessFlag:bool:business_flag type:str workflowId:long:workflowid manuallyUpdated:obj:manually_updated'},
  'Job': {'doc': 'A job ({@code GET /api/v2/jobs}, {@code GET /api/v2/jobs/{id_or_name}}).', 'fields': 'jobId:long:jobid name:str description:str version:str author:str singleInstance:bool:single_instance sessionId:long:sessionid runSkipped:bool:run_skipped code:str month:str day:str wday:str hour:str minute:str duration:long lastExecuted:date:last_executed lastExecutedJobInstanceId:long:last_executed_job_instanceid created:date modified:date manuallyUpdated:obj:manually_updated groups:list lib:map tags:map connections:list alerts:list enabled:bool dbActive:bool:db_active expiryDate:date:expiry_date next:date jobInstanceId:long:job_instanceid trigger:str active:bool log:str logUrl:str:log_url schedType:str:sched_type schedTxt:str:sched_txt options:obj mappers:obj vmaps:obj state:map sla:obj remote:bool'},
  'JobActionResult': {'doc': 'The reply of an action on one job (enable, disable, run, schedule, setActive, setExpiry...).', 'fields': 'jobId:long:jobid name:str version:str info:str jobInstanceId:long:job_instanceid status:str schedule:str duration:long active:bool expiryDate:date:expiry_date'},
  'JobResult': {'doc': 'A job result (job instance).', 'fields': 'name:str version:str jobId:long:jobid jobInstanceId:long:job_instanceid sessionId:long:sessionid jobStatus:str:jobstatus info:obj started:date completed:date modified:date errors:list audit:list'},
  'Service': {'doc': 'A service ({@code GET /api/v2/services}, {@code GET /api/v2/services/{id_or_name}}).', 'fields': 'serviceId:long:serviceid type:str name:str version:str patch:str desc:str description:str author:str parseOptions:obj:parse_options autostart:bool manualAutostart:bool:manual_autostart enabled:bool created:date modified:date mappers:obj vmaps:obj latest:bool methods:list groups:list resourceFiles:obj:resource_files status:str threads:int resources:obj log:str logUrl:str:log_url options:obj connections:list hasAlerts:bool:has_alerts alerts:list lib:map loaded:obj state:map'},
  'ServiceActionResult': {'doc': 'The reply of an action on one service (enable, disable...).', 'fields': 'serviceId:long:serviceid type:str name:str version:str info:str'},
  'ServiceMethod': {'doc': 'A service method ({@code GET /api/v2/services/{id_or_name}/{method}}).', 'fields': 'name:str desc:str description:str author:str locktype:str internal:bool writeLock:bool:write_lock serviceMethodId:long:service_methodid serviceStatus:str:service_status serviceId:long:serviceid serviceName:str:service_name serviceType:str:service_type sla:obj'},
  'ResourceFile': {'doc': 'A service resource file.', 'fields': 'name:str type:str data:obj'},
}

OPTIONS = {
  'OrderSearchOptions': {'paged': True, 'doc': 'Optional arguments of the order searches ({@code GET /api/v2/orders}, {@code GET /api/v2/workflows/{id_or_name}/orders}).', 'fields': 'workflowId:longs:workflowid workflowInstanceId:longs:workflow_instanceid status:strs keyName:str:keyname keyValue:strs:keyvalue modified:date maxModified:date:maxmodified minStarted:date:minstarted maxStarted:date:maxstarted sort:strs desc:bool'},
  'SensitiveSearchOptions': {'paged': True, 'doc': 'Optional arguments of {@code GET /api/v2/orders?action=searchSensitiveData}.', 'fields': 'desc:bool maxModified:date:maxmodified minStarted:date:minstarted maxStarted:date:maxstarted modified:date sort:strs status:strs workflowInstanceId:longs:workflow_instanceid workflowId:longs:workflowid workflowName:str:workflowname'},
  'PurgeSensitiveDataOptions': {'extra_java': '\n  @Override\n  public String toString() {\n    return "PurgeSensitiveDataOptions[skey=" + skey + ", svalue=" + (svalue == null ? "null" : "***") + ", force=" + force\n        + ", status=" + status + ", workflowName=" + workflowName + "]";\n  }\n', 'doc': 'Arguments of {@code DELETE /api/v2/orders?action=purgeSensitiveData}.', 'fields': 'skey:str svalue:str force:bool maxModified:date:maxmodified minStarted:date:minstarted maxStarted:date:maxstarted modified:date status:strs workflowInstanceId:longs:workflow_instanceid workflowId:longs:workflowid workflowName:str:workflowname'},
  'ErrorSearchOptions': {'paged': True, 'doc': 'Optional arguments of the {@code listErrors} actions.', 'fields': 'orderBy:strs:orderby error:str description:str info:str stepId:longs:stepid severity:strs name:strs version:strs retry:bool businessError:bool:business_error workflowInstanceId:longs:workflow_instanceid errorInstanceId:longs:error_instanceid minDate:date:mindate maxDate:date:maxdate workflowId:longs:workflowid workflowStatus:strs:workflowstatus'},
  'ProcessingSummaryOptions': {'doc': 'Optional arguments of the {@code processingSummary} actions.', 'fields': 'maxDate:date:maxdate workflowIds:longs:wfids seconds:bool global:bool grouping:str', 'enums': {'grouping': ('hourly', 'daily', 'monthly', 'yearly')}},
  'CreateOrderOptions': {'extra_java': '\n  @Override\n  public String toString() {\n    return "CreateOrderOptions[staticData=" + staticData + ", externalOrderInstanceId=" + externalOrderInstanceId\n        + ", orderKeys=" + orderKeys + ", globalUniqueKey=" + globalUniqueKey + ", workflowSpecificUniqueKey="\n        + workflowSpecificUniqueKey + ", workflowUniqueKey=" + workflowUniqueKey + ", priority=" + priority\n        + ", status=" + status + ", sensitiveData=" + (sensitiveData == null ? "null" : "***") + "]";\n  }\n', 'doc': 'Arguments of {@code createOrder} and {@code execSynchronous} (POST /api/v2/workflows/{id_or_name}); {@code sensitive_data} is only sent over https.', 'fields': 'staticData:map:staticdata externalOrderInstanceId:str:external_order_instanceid dynamicData:map:dynamicdata orderKeys:map:orderkeys globalUniqueKey:map:global_unique_key workflowSpecificUniqueKey:map:workflow_specific_unique_key workflowUniqueKey:map:workflow_unique_key parentWorkflowInstanceId:long:parent_workflow_instanceid priority:int scheduled:date status:str sensitiveData:map:sensitive_data'},
  'WorkflowListOptions': {'doc': 'Optional arguments of {@code GET /api/v2/workflows}.', 'fields': 'deprecated:bool date:date sqlCache:bool:sqlcache'},
  'JobListOptions': {'doc': 'Optional arguments of {@code GET /api/v2/jobs}.', 'fields': 'defOnly:bool:defonly date:date jobs:strs libSource:bool:lib_source sqlCache:bool:sqlcache status:str', 'enums': {'status': ('active', 'inactive')}},
  'JobResultOptions': {'paged': True, 'doc': 'Optional arguments of {@code GET /api/v2/jobs/{id_or_name}/results}.', 'fields': 'date:date desc:bool full:bool ids:longs sort:strs statuses:strs'},
  'ErrorDefinition': {'doc': 'Arguments that define a workflow error ({@code POST /api/v2/workflows/{id_or_name}/errors}).', 'fields': 'businessFlag:bool:business_flag forceWorkflow:bool:forceworkflow retryDelaySecs:long:retry_delay_secs retryFlag:bool:retry_flag severity:str'},
  'SessionSearchOptions': {'doc': 'Optional arguments of {@code GET /api/v2/system/sessions}.', 'fields': 'endedMaxDate:date:ended_maxdate endedMinDate:date:ended_mindate hostname:str id:long key:str limit:int offset:long startedMaxDate:date:started_maxdate startedMinDate:date:started_mindate status:strs url:str version:str'},
  'MetadataReload': {'doc': 'What {@code PUT /api/v2/system/metadata?action=reload} reloads (ID lists).', 'fields': 'workflows:longs services:longs jobs:longs mappers:longs vmaps:longs functions:longs classes:longs constants:longs queues:longs events:longs steps:longs configValues:strs:config_values types:strs'},
  'ListenerOptions': {'extra_java': '\n  @Override\n  public String toString() {\n    return "ListenerOptions[certFile=" + certFile + ", keyFile=" + keyFile + ", keyPassword="\n        + (keyPassword == null ? "null" : "***") + ", family=" + family + ", name=" + name + "]";\n  }\n', 'doc': 'Optional arguments of {@code POST /api/v2/system/listeners} ({@code toString()} masks the key password).', 'fields': 'certFile:str:cert_file keyFile:str:key_file keyPassword:str:key_password family:str name:str'},
}

OPS = []
def op(cls, name, target, ret='map', params='', opts=None, doc='', sens=False, **kw):
    d = dict(cls=cls, name=name, op=target, ret=ret, params=params, doc=doc or name, sens=sens)
    if opts: d['opts'] = opts
    d.update(kw)
    OPS.append(d)

S = 'SystemApi'
op(S, 'apiRoot', 'GET /api/v2', 'tree', doc='Returns the top-level members of this version of the REST API.')
op(S, 'publicInfo', 'GET /api/v2/public/info', 'PublicInfo', doc='Returns the public instance information (no login needed); noauth says whether the server needs credentials. Not in the REST v2 document: a real-server fact.', not_in_document=True)
op(S, 'info', 'GET /api/v2/system', 'SystemInfo', doc='Returns information about the Qorus instance (version, schema, host, api_version...).')
op(S, 'echo', 'GET /api/v2/system?action=echo', 'map', 'args:merge', doc='Echoes the arguments (sent as URI arguments) as the response body.')
op(S, 'echoPut', 'PUT /api/v2/system?action=echo', 'map', 'args:merge', doc='Echoes the arguments (sent in the body) as the response body.')
op(S, 'ping', 'GET /api/v2/system?action=ping', 'str', doc='Pings the server; returns "OK".')
op(S, 'reloadRbac', 'PUT /api/v2/system?action=reloadRbac', 'void', doc='Reloads RBAC information from the database.')
op(S, 'restart', 'PUT /api/v2/system?action=restart', 'void', 'timeout:int?', doc='Restarts the Qorus instance.')
op(S, 'rotateLogFiles', 'PUT /api/v2/system?action=rotateLogFiles', 'void', doc='Rotates the system log files.')
op(S, 'setDebug', 'PUT /api/v2/system?action=setDebug', 'map', 'debug:bool', doc='Sets or clears the system debug flag; returns a hash with the new flag.')
op(S, 'shutdown', 'PUT /api/v2/system?action=shutdown', 'void', doc='Shuts down the Qorus instance.')
op(S, 'shutdownWait', 'PUT /api/v2/system?action=shutdownWait', 'void', doc='Shuts down the Qorus instance and waits for the shutdown.')
op(S, 'streamPut', 'PUT /api/v2/system?action=stream', 'tree', 'stream:str?', doc='Opens a test stream with PUT ("DataStream", "EchoDataStream" or a short string stream).')
op(S, 'streamPost', 'POST /api/v2/system?action=stream', 'tree', 'stream:str?', doc='Opens a test stream with POST.')
op(S, 'stream', 'GET /api/v2/system?action=stream', 'tree', 'stream:str?', doc='Opens a test stream with GET.')
op(S, 'validateWsToken', 'GET /api/v2/system?action=validateWsToken', 'str', 'token:str', doc='Returns the user name of a token if it is valid (null otherwise).')
op(S, 'wsToken', 'GET /api/v2/system?action=wstoken', 'str', 'ttl:long?', doc='Creates a token for HTTP or websocket authentication (ttl in seconds; default 10 minutes).')
op(S, 'alerts', 'GET /api/v2/system/alerts', 'tree', 'remote:str? summary:bool? cutoff:date?', doc='Returns the system alerts (a list of alert hashes, or a summary hash when summary is true).')
op(S, 'ongoingAlerts', 'GET /api/v2/system/alerts/ongoing', 'list:Alert', 'remote:str?', doc='Returns the ongoing system alerts.')
op(S, 'transientAlerts', 'GET /api/v2/system/alerts/transient', 'list:Alert', 'remote:str? max:int?', doc='Returns the transient system alerts.')
op(S, 'callApi', 'PUT /api/v2/system/api?action=call', 'tree', 'method:str args:list?', doc='Calls a system RPC API method with the given arguments.')
op(S, 'health', 'GET /api/v2/system/health', 'Health', doc='Returns the health of the instance and of its remote connections.')
op(S, 'listeners', 'GET /api/v2/system/listeners', 'map', doc='Returns the HTTP listeners (ListenerInfoSet hash keyed by listener ID).')
op(S, 'addListener', 'POST /api/v2/system/listeners', 'list:Object', 'bind:str', opts='ListenerOptions', doc='Starts a new HTTP listener; returns a hash per listener started.')
op(S, 'startListener', 'POST /api/v2/system/listeners?action=start', 'list:Object', 'bind:str', opts='ListenerOptions', doc='Starts a new HTTP listener (action form).')
op(S, 'deleteListener', 'DELETE /api/v2/system/listeners/{id_or_name}', 'void', 'listener:str', doc='Stops and removes a listener.')
op(S, 'listener', 'GET /api/v2/system/listeners/{id_or_name}', 'map', 'listener:str', doc='Returns one listener (ListenerInfoHash).')
op(S, 'listenerLogOptions', 'GET /api/v2/system/listeners/{id_or_name}?action=logOptions', 'long', 'listener:str', doc='Returns the log options of a listener (bitwise-or of the listener log options).')
op(S, 'listenerLogVerboseAll', 'PUT /api/v2/system/listeners/{id_or_name}?action=logVerboseAll', 'void', 'listener:str flag:bool?', doc='Enables or disables verbose logging for a listener.')
op(S, 'setListenerLogOptions', 'PUT /api/v2/system/listeners/{id_or_name}?action=setLogOptions', 'void', 'listener:str option:long', doc='Sets the log options of a listener (the "option" argument).')
op(S, 'stopListener', 'POST /api/v2/system/listeners/{id_or_name}?action=stop', 'void', 'listener:str', doc='Stops a listener.')
op(S, 'reloadMetadata', 'PUT /api/v2/system/metadata?action=reload', 'map', opts='MetadataReload', doc='Reloads objects in the metadata cache.')
op(S, 'options', 'GET /api/v2/system/options', 'list:SystemOption', doc='Returns the system options.')
op(S, 'setOptions', 'PUT /api/v2/system/options?action=set', 'void', 'options:map', doc='Sets system options.')
op(S, 'setOptionsAlias', 'PUT /api/v2/system/options?action=setOptions', 'void', 'options:map', doc='Sets system options (alias of action=set).')
op(S, 'option', 'GET /api/v2/system/options/{options}', 'SystemOption', 'option:str', doc='Returns one system option.')
op(S, 'setOption', 'PUT /api/v2/system/options/{options}?action=set', 'void', 'option:str value:obj', doc='Sets one system option.')
op(S, 'props', 'GET /api/v2/system/props', 'map', 'domain:str? key:str?', doc='Returns system properties (all domains, one domain, or one key).')
op(S, 'exportProps', 'GET /api/v2/system/props?action=export', 'yaml', doc='Exports all system properties (except the omq domain), parsed from the YAML string returned.')
op(S, 'importProps', 'PUT /api/v2/system/props?action=import', 'void', 'domains:strs?', doc='Imports system properties from the file system.')
op(S, 'reloadProps', 'PUT /api/v2/system/props?action=reload', 'long', doc='Reloads system properties; returns the number of domains loaded.')
op(S, 'replaceAllProps', 'PUT /api/v2/system/props?action=replaceAll', 'map', 'props:map', doc='Replaces all system properties (keyed by domain) in one call; returns the properties passed.')
op(S, 'setProp', 'PUT /api/v2/system/props?action=set', 'str', 'domain:str key:str args:obj?', doc='Sets one system property; returns the action code (INSERT, UPDATE, DELETE, IGNORED).')
op(S, 'updateManyProps', 'PUT /api/v2/system/props?action=updateMany', 'PropertyUpdateCounts', 'arg:map', doc='Inserts, updates or deletes many properties (domain.key.value).')
op(S, 'deletePropDomain', 'DELETE /api/v2/system/props/{domain}', 'PropertyUpdateCounts', 'domain:str', doc='Deletes a property domain.')
op(S, 'propDomain', 'GET /api/v2/system/props/{domain}', 'map', 'domain:str key:strs?', doc='Returns the properties of a domain (optionally filtered by key).')
op(S, 'createPropDomain', 'POST /api/v2/system/props/{domain}', 'PropertyUpdateCounts', 'domain:str arg:map', doc='Creates a property domain with its key-value pairs.')
op(S, 'setDomainProp', 'PUT /api/v2/system/props/{domain}?action=set', 'str', 'domain:str key:str args:obj?', doc='Sets one property of a domain; returns the action code.')
op(S, 'updateManyDomainProps', 'PUT /api/v2/system/props/{domain}?action=updateMany', 'PropertyUpdateCounts', 'domain:str arg:map', doc='Inserts, updates or deletes many properties of a domain.')
op(S, 'deleteProp', 'DELETE /api/v2/system/props/{domain}/{key}', 'str', 'domain:str key:str', doc='Deletes one property; returns the action code.')
op(S, 'prop', 'GET /api/v2/system/props/{domain}/{key}', 'tree', 'domain:str key:str', doc='Returns the value of one property.')
op(S, 'createProp', 'POST /api/v2/system/props/{domain}/{key}', 'str', 'domain:str key:str arg:obj?', doc='Creates one property; returns the action code.')
op(S, 'setKeyProp', 'PUT /api/v2/system/props/{domain}/{key}?action=set', 'str', 'domain:str key:str args:obj?', doc='Sets one property; returns the action code.')
op(S, 'rbac', 'GET /api/v2/system/rbac', 'map', doc='Returns RBAC information.')
op(S, 'reloadRbacCache', 'PUT /api/v2/system/rbac?action=reload', 'void', doc='Reloads RBAC information.')
op(S, 'sessions', 'GET /api/v2/system/sessions', 'list:Object', opts='SessionSearchOptions', doc='Returns the application sessions matching the arguments.')
op(S, 'sqlCache', 'GET /api/v2/system/sqlcache', 'map', 'system:bool?', doc='Returns the SQL cache, keyed by datasource.')
op(S, 'clearSqlCache', 'PUT /api/v2/system/sqlcache?action=clear', 'void', 'datasource:str? name:str?', doc='Clears the SQL cache (all, one datasource, or one object).')
op(S, 'clearSqlCacheAlias', 'PUT /api/v2/system/sqlcache?action=clearCache', 'void', 'datasource:str? name:str?', doc='Clears the SQL cache (alias of action=clear).')
op(S, 'ui', 'GET /api/v2/system/ui', 'strs', doc='Returns the child URI path components of the UI path.')
op(S, 'uiExtensions', 'GET /api/v2/system/ui/extensions', 'list:Object', doc='Returns the UI extensions.')
op(S, 'listUiExtensions', 'GET /api/v2/system/ui/extensions?action=list', 'list:Object', doc='Returns the UI extensions (action=list).')
op(S, 'uiExtension', 'GET /api/v2/system/ui/extensions/{name}', 'map', 'name:str', doc='Returns one UI extension.')
op(S, 'userHttpServices', 'GET /api/v2/system/userhttp', 'list:Object', doc='Returns the user HTTP services.')

W = 'WorkflowsApi'
op(W, 'list', 'GET /api/v2/workflows', 'list:Workflow', opts='WorkflowListOptions', doc='Returns the workflows.')
op(W, 'decAutostartMany', 'PUT /api/v2/workflows?action=decAutostart', 'list:ObjectActionResult', 'ids:strs', doc='Decrements the autostart value of workflows.')
op(W, 'disableMany', 'PUT /api/v2/workflows?action=disable', 'CountDetails', 'ids:strs', doc='Disables workflows.')
op(W, 'enableMany', 'PUT /api/v2/workflows?action=enable', 'list:ObjectActionResult', 'ids:strs', doc='Enables workflows.')
op(W, 'incAutostartMany', 'PUT /api/v2/workflows?action=incAutostart', 'list:ObjectActionResult', 'ids:strs', doc='Increments the autostart value of workflows.')
op(W, 'names', 'GET /api/v2/workflows?action=list', 'strs', doc='Returns the workflow names.')
op(W, 'listErrors', 'GET /api/v2/workflows?action=listErrors', 'paged:OrderError', opts='ErrorSearchOptions', doc='Searches order errors of all workflows.')
op(W, 'processingSummary', 'GET /api/v2/workflows?action=processingSummary', 'list:ProcessingSummary', 'minDate:date:mindate', opts='ProcessingSummaryOptions', doc='Returns the order processing summary of workflows.')
op(W, 'resetMany', 'PUT /api/v2/workflows?action=reset', 'CountDetails', 'ids:strs', doc='Resets workflows.')
op(W, 'resetAll', 'PUT /api/v2/workflows?action=resetAll', 'list:ObjectActionResult', doc='Resets all workflows.')
op(W, 'setAutostartMany', 'PUT /api/v2/workflows?action=setAutostart', 'list:ObjectActionResult', 'ids:strs autostart:int', doc='Sets the autostart value of workflows.')
op(W, 'setDeprecatedMany', 'PUT /api/v2/workflows?action=setDeprecated', 'list:ObjectActionResult', 'ids:strs deprecated:bool', doc='Sets or clears the deprecated flag of workflows.')
op(W, 'startMany', 'PUT /api/v2/workflows?action=start', 'list:ObjectActionResult', 'ids:strs', doc='Starts workflows.')
op(W, 'stopMany', 'PUT /api/v2/workflows?action=stop', 'CountDetails', 'ids:strs', doc='Stops workflows.')
op(W, 'stopAll', 'PUT /api/v2/workflows?action=stopAll', 'CountDetails', doc='Stops all workflows.')
op(W, 'get', 'GET /api/v2/workflows/{id_or_name}', 'Workflow', 'workflow:str', doc='Returns one workflow.')
op(W, 'createOrder', 'POST /api/v2/workflows/{id_or_name}?action=createOrder', 'CreatedOrder', 'workflow:str', opts='CreateOrderOptions', doc='Creates a workflow order; a unique key already used fails with DUPLICATE-ORDER-KEY (ConflictException).', extra_chain='.sensitiveIf(options.sensitiveData() != null)', test_secure=True)
op(W, 'decAutostart', 'PUT /api/v2/workflows/{id_or_name}?action=decAutostart', 'WorkflowActionResult', 'workflow:str', doc='Decrements the autostart value of a workflow.')
op(W, 'disable', 'PUT /api/v2/workflows/{id_or_name}?action=disable', 'WorkflowActionResult', 'workflow:str', doc='Disables a workflow.')
op(W, 'enable', 'PUT /api/v2/workflows/{id_or_name}?action=enable', 'WorkflowActionResult', 'workflow:str', doc='Enables a workflow.')
op(W, 'execSynchronous', 'POST /api/v2/workflows/{id_or_name}?action=execSynchronous', 'SynchronousOrderResult', 'workflow:str', opts='CreateOrderOptions', doc='Creates an order and executes it synchronously; returns its final status.', extra_chain='.sensitiveIf(options.sensitiveData() != null)', test_secure=True)
op(W, 'incAutostart', 'PUT /api/v2/workflows/{id_or_name}?action=incAutostart', 'WorkflowActionResult', 'workflow:str', doc='Increments the autostart value of a workflow.')
op(W, 'listWorkflowErrors', 'GET /api/v2/workflows/{id_or_name}?action=listErrors', 'paged:OrderError', 'workflow:str', opts='ErrorSearchOptions', doc='Searches the order errors of a workflow.')
op(W, 'workflowOptions', 'GET /api/v2/workflows/{id_or_name}?action=options', 'map', 'workflow:str', doc='Returns the options of a workflow.')
op(W, 'reset', 'PUT /api/v2/workflows/{id_or_name}?action=reset', 'void', 'workflow:str', doc='Resets a workflow.')
op(W, 'setAutostart', 'PUT /api/v2/workflows/{id_or_name}?action=setAutostart', 'WorkflowActionResult', 'workflow:str autostart:int', doc='Sets the autostart value of a workflow.')
op(W, 'setDeprecated', 'PUT /api/v2/workflows/{id_or_name}?action=setDeprecated', 'WorkflowActionResult', 'workflow:str deprecated:bool', doc='Sets or clears the deprecated flag of a workflow.')
op(W, 'setOptions', 'PUT /api/v2/workflows/{id_or_name}?action=setOptions', 'void', 'workflow:str options:map', doc='Sets options of a workflow.')
op(W, 'start', 'PUT /api/v2/workflows/{id_or_name}?action=start', 'WorkflowActionResult', 'workflow:str count:int? mode:str?', doc='Starts execution instances of a workflow.')
op(W, 'stop', 'PUT /api/v2/workflows/{id_or_name}?action=stop', 'void', 'workflow:str', doc='Stops a workflow.')
op(W, 'errors', 'GET /api/v2/workflows/{id_or_name}/errors', 'list:WorkflowError', 'workflow:str', doc='Returns the error definitions of a workflow.')
op(W, 'createError', 'POST /api/v2/workflows/{id_or_name}/errors', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Creates a workflow error definition.')
op(W, 'createOrUpdateError', 'POST /api/v2/workflows/{id_or_name}/errors?action=createOrUpdate', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Creates or updates a workflow error definition.')
op(W, 'deleteError', 'DELETE /api/v2/workflows/{id_or_name}/errors/{error}', 'map', 'workflow:str error:str', doc='Deletes a workflow error definition.')
op(W, 'error', 'GET /api/v2/workflows/{id_or_name}/errors/{error}', 'WorkflowError', 'workflow:str error:str', doc='Returns a workflow error definition.')
op(W, 'updateError', 'PUT /api/v2/workflows/{id_or_name}/errors/{error}', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Updates a workflow error definition.')
op(W, 'updateErrorAction', 'PUT /api/v2/workflows/{id_or_name}/errors/{error}?action=update', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Updates a workflow error definition (action form).')
op(W, 'instances', 'GET /api/v2/workflows/{id_or_name}/instances', 'list:Object', 'workflow:str', doc='Returns the running execution instances of a workflow.')
op(W, 'orders', 'GET /api/v2/workflows/{id_or_name}/orders', 'paged:Order', 'workflow:str', opts='OrderSearchOptions', doc='Searches the orders of a workflow, lazily, page by page.')
op(W, 'orderErrors', 'GET /api/v2/workflows/{id_or_name}/orders?action=listErrors', 'paged:OrderError', 'workflow:str', opts='ErrorSearchOptions', doc='Searches the order errors of a workflow.')
op(W, 'ordersOverview', 'GET /api/v2/workflows/{id_or_name}/orders?action=overview', 'map', 'workflow:str date:date? sqlCache:bool?:sqlcache', doc='Returns the order counts of a workflow by status (and TOTAL).')
op(W, 'ordersProcessingSummary', 'GET /api/v2/workflows/{id_or_name}/orders?action=processingSummary', 'list:ProcessingSummary', 'workflow:str minDate:date:mindate', opts='ProcessingSummaryOptions', doc='Returns the order processing summary of a workflow.')
WO = 'WorkflowsApi'
def wo(name, action, ret, params, doc, method='PUT', sens=False):
    op(WO, 'order' + name[0].upper() + name[1:], f'{method} /api/v2/workflows/{{id_or_name}}/orders/{{id}}' + (f'?action={action}' if action else ''), ret, 'workflow:str id:long' + (' ' + params if params else ''), doc=doc + ' (order addressed through its workflow).', sens=sens)
wo('get', '', 'OrderDetails', '', 'Returns one order of a workflow', method='GET')
wo('block', 'block', 'OrderStatusChange', '', 'Blocks an order')
wo('breakLock', 'breakLock', 'void', 'note:str', 'Breaks the operator lock of an order')
wo('cancel', 'cancel', 'OrderStatusChange', '', 'Cancels an order')
wo('updateDynamicData', 'dynamicData', 'void', 'newData:map?:newdata', 'Replaces the dynamic data of an order')
wo('execSynchronous', 'execSynchronous', 'SynchronousOrderResult', 'options:map?', 'Executes an existing order synchronously', method='POST')
wo('listErrors', 'listErrors', 'list:OrderError', '', 'Returns the errors of an order', method='GET')
wo('lock', 'lock', 'void', 'note:str', 'Sets the operator lock of an order')
wo('notes', 'notes', 'list:OrderNote', 'limit:int?', 'Returns the notes of an order', method='GET')
wo('addNote', 'notes', 'void', 'note:str', 'Adds a note to an order', method='POST')
wo('reschedule', 'reschedule', 'void', 'date:date?', 'Reschedules an order (null removes the scheduled date)')
wo('retry', 'retry', 'OrderStatusChange', '', 'Retries an order')
wo('setError', 'setError', 'OrderStatusChange', '', 'Sets an order to ERROR')
wo('setPriority', 'setPriority', 'void', 'priority:int', 'Sets the priority of an order (0 highest - 999)')
wo('skipStep', 'skipStep', 'void', 'stepId:long:stepid ind:str? noRetry:bool?:noretry', 'Skips a step of an order')
wo('updateStaticData', 'staticData', 'void', 'newData:map:newdata', 'Replaces the static data of an order')
wo('unblock', 'unblock', 'OrderStatusChange', '', 'Unblocks an order')
wo('uncancel', 'uncancel', 'OrderStatusChange', '', 'Uncancels an order')
wo('unlock', 'unlock', 'void', 'note:str?', 'Removes the operator lock of an order')
wo('updateKeys', 'updateKeys', 'map', 'orderKeys:map:orderkeys truncate:bool?', 'Replaces the order keys of an order')

O = 'OrdersApi'
op(O, 'search', 'GET /api/v2/orders', 'paged:Order', opts='OrderSearchOptions', doc='Searches workflow orders, lazily, page by page (limit and offset; the server default row limit is 100).')
op(O, 'blockMany', 'PUT /api/v2/orders?action=block', 'bulk', 'ids:longs', doc='Blocks orders; returns the outcome for each order.')
op(O, 'cancelMany', 'PUT /api/v2/orders?action=cancel', 'bulk', 'ids:longs', doc='Cancels orders; returns the outcome for each order.')
op(O, 'listErrors', 'GET /api/v2/orders?action=listErrors', 'paged:OrderError', opts='ErrorSearchOptions', doc='Searches order errors.')
op(O, 'processingSummary', 'GET /api/v2/orders?action=processingSummary', 'list:ProcessingSummary', 'minDate:date:mindate', opts='ProcessingSummaryOptions', doc='Returns the order processing summary.')
op(O, 'purgeSensitiveData', 'DELETE /api/v2/orders?action=purgeSensitiveData', 'list:SensitiveOrder', opts='PurgeSensitiveDataOptions', doc='Deletes sensitive data by key type and value (or other criteria); https only.', sens=True)
op(O, 'retryMany', 'PUT /api/v2/orders?action=retry', 'bulk', 'ids:longs', doc='Retries orders; returns the outcome for each order.')
op(O, 'searchSensitiveData', 'GET /api/v2/orders?action=searchSensitiveData', 'paged:SensitiveOrder', 'skey:str svalue:str', opts='SensitiveSearchOptions', doc='Searches orders by sensitive data key type and value; https only.', sens=True)
op(O, 'unblockMany', 'PUT /api/v2/orders?action=unblock', 'bulk', 'ids:longs', doc='Unblocks orders; returns the outcome for each order.')
op(O, 'uncancelMany', 'PUT /api/v2/orders?action=uncancel', 'bulk', 'ids:longs', doc='Uncancels orders; returns the outcome for each order.')
def oo(name, action, ret, params, doc, method='PUT', sens=False):
    op(O, name, f'{method} /api/v2/orders/{{id}}' + (f'?action={action}' if action else ''), ret, 'id:long' + (' ' + params if params else ''), doc=doc + '.', sens=sens)
oo('get', '', 'OrderDetails', '', 'Returns one order with its data, has_sensitive_data and (over https, with the permission) sensitive_data', method='GET')
oo('block', 'block', 'OrderStatusChange', '', 'Blocks an order')
oo('breakLock', 'breakLock', 'void', 'note:str', 'Breaks the operator lock of an order')
oo('cancel', 'cancel', 'OrderStatusChange', '', 'Cancels an order')
oo('updateDynamicData', 'dynamicData', 'void', 'newData:map?:newdata', 'Replaces the dynamic data of an order (null removes it)')
oo('execSynchronous', 'execSynchronous', 'SynchronousOrderResult', 'options:map?', 'Executes an existing order synchronously', method='POST')
oo('errors', 'listErrors', 'list:OrderError', '', 'Returns the errors of an order', method='GET')
oo('lock', 'lock', 'void', 'note:str', 'Sets the operator lock of an order')
oo('notes', 'notes', 'list:OrderNote', 'limit:int?', 'Returns the notes of an order', method='GET')
oo('addNote', 'notes', 'void', 'note:str', 'Adds a note to an order', method='POST')
oo('reschedule', 'reschedule', 'void', 'date:date?', 'Reschedules an order (null removes the scheduled date)')
oo('retry', 'retry', 'OrderStatusChange', '', 'Retries an order')
oo('updateSensitiveData', 'sensitiveData', 'void', 'skey:str svalue:str data:map? aliases:strs? meta:map?', 'Replaces (or with null data removes) the sensitive data of an order for one key type and value; https only', sens=True)
oo('setError', 'setError', 'OrderStatusChange', '', 'Sets an order to ERROR')
oo('setPriority', 'setPriority', 'void', 'priority:int', 'Sets the priority of an order (0 highest - 999)')
oo('skipStep', 'skipStep', 'void', 'stepId:long:stepid ind:str? noRetry:bool?:noretry', 'Skips a step of an order')
oo('updateStaticData', 'staticData', 'void', 'newData:map:newdata', 'Replaces the static data of an order')
oo('unblock', 'unblock', 'OrderStatusChange', '', 'Unblocks an order')
oo('uncancel', 'uncancel', 'OrderStatusChange', '', 'Uncancels an order')
oo('unlock', 'unlock', 'void', 'note:str?', 'Removes the operator lock of an order')
oo('updateKeys', 'updateKeys', 'map', 'orderKeys:map:orderkeys truncate:bool?', 'Replaces the order keys of an order')
oo('yamlDynamicData', 'yamlDynamicData', 'yaml', '', 'Returns the dynamic data of an order, parsed from the YAML string the server returns', method='GET')
oo('updateYamlDynamicData', 'yamlDynamicData', 'void', 'newData:yaml?:newdata', 'Replaces the dynamic data of an order, sent as a YAML string (null removes it)')
oo('updateYamlSensitiveData', 'yamlSensitiveData', 'void', 'skey:str svalue:str data:yaml? aliases:strs? meta:map?', 'Replaces the sensitive data of an order for one key type and value, sent as YAML; https only', sens=True)
oo('yamlSensitiveData', 'yamlSensitiveData', 'SensitiveDataEntry', 'skey:str svalue:str', 'Returns the sensitive data of an order for one key type and value (data parsed from YAML); https only', method='GET', sens=True)
oo('updateYamlStaticData', 'yamlStaticData', 'void', 'newData:yaml:newdata', 'Replaces the static data of an order, sent as a YAML string')
oo('yamlStaticData', 'yamlStaticData', 'yaml', '', 'Returns the static data of an order, parsed from the YAML string the server returns', method='GET')

J = 'JobsApi'
op(J, 'list', 'GET /api/v2/jobs', 'list:Job', opts='JobListOptions', doc='Returns the jobs (with the "sla" key when an SLA is associated).')
op(J, 'disableMany', 'PUT /api/v2/jobs?action=disable', 'list:ObjectActionResult', 'ids:strs', doc='Disables jobs.')
op(J, 'enableMany', 'PUT /api/v2/jobs?action=enable', 'list:ObjectActionResult', 'ids:strs', doc='Enables jobs.')
op(J, 'names', 'GET /api/v2/jobs?action=list', 'strs', doc='Returns the job names.')
op(J, 'resetMany', 'PUT /api/v2/jobs?action=reset', 'list:ObjectActionResult', 'ids:strs', doc='Resets jobs.')
op(J, 'runMany', 'PUT /api/v2/jobs?action=run', 'list:ObjectActionResult', 'ids:strs', doc='Runs jobs now.')
op(J, 'get', 'GET /api/v2/jobs/{id_or_name}', 'Job', 'job:str', doc='Returns one job (with "state" and "sla").')
op(J, 'disable', 'PUT /api/v2/jobs/{id_or_name}?action=disable', 'JobActionResult', 'job:str', doc='Disables a job.')
op(J, 'enable', 'PUT /api/v2/jobs/{id_or_name}?action=enable', 'JobActionResult', 'job:str', doc='Enables a job.')
op(J, 'reset', 'PUT /api/v2/jobs/{id_or_name}?action=reset', 'void', 'job:str', doc='Resets a job.')
op(J, 'run', 'PUT /api/v2/jobs/{id_or_name}?action=run', 'JobActionResult', 'job:str', doc='Runs a job now; returns the job instance ID and status.')
op(J, 'schedule', 'PUT /api/v2/jobs/{id_or_name}?action=schedule', 'JobActionResult', 'job:str schedule:str? duration:long?', doc='Sets the cron-like schedule or the duration of a job.')
op(J, 'setActive', 'PUT /api/v2/jobs/{id_or_name}?action=setActive', 'JobActionResult', 'job:str active:bool', doc='Activates or deactivates a job.')
op(J, 'setExpire', 'PUT /api/v2/jobs/{id_or_name}?action=setExpire', 'JobActionResult', 'job:str date:date?', doc='Sets the expiry date of a job (alias of setExpiry).')
op(J, 'setExpiry', 'PUT /api/v2/jobs/{id_or_name}?action=setExpiry', 'JobActionResult', 'job:str date:date?', doc='Sets (or with null removes) the expiry date of a job.')
op(J, 'setOptions', 'PUT /api/v2/jobs/{id_or_name}?action=setOptions', 'void', 'job:str options:map', doc='Sets options of a job.')
op(J, 'setStateData', 'PUT /api/v2/jobs/{id_or_name}?action=setStateData', 'void', 'job:str data:map?', doc='Replaces (or with null clears) the state data of a job.')
op(J, 'results', 'GET /api/v2/jobs/{id_or_name}/results', 'paged:JobResult', 'job:str', opts='JobResultOptions', doc='Returns the results (job instances) of a job, lazily.')
op(J, 'resultsOverview', 'GET /api/v2/jobs/{id_or_name}/results?action=overview', 'map', 'job:str date:date? sqlCache:bool?:sqlcache combined:bool?', doc='Returns the result counts of a job by status.')

V = 'ServicesApi'
op(V, 'list', 'GET /api/v2/services', 'list:Service', 'status:str?', doc='Returns the services ("running", "loaded" or "unloaded" filter).', enums={'status': ('running', 'loaded', 'unloaded')})
op(V, 'disableMany', 'PUT /api/v2/services?action=disable', 'list:ObjectActionResult', 'ids:strs', doc='Disables services.')
op(V, 'enableMany', 'PUT /api/v2/services?action=enable', 'list:ObjectActionResult', 'ids:strs', doc='Enables services.')
op(V, 'names', 'GET /api/v2/services?action=list', 'strs', doc='Returns the service names.')
op(V, 'loadMany', 'PUT /api/v2/services?action=load', 'list:ObjectActionResult', 'ids:strs', doc='Loads services.')
op(V, 'resetMany', 'PUT /api/v2/services?action=reset', 'list:ObjectActionResult', 'ids:strs load:bool?', doc='Resets services.')
op(V, 'resetAll', 'PUT /api/v2/services?action=resetAll', 'list:ObjectActionResult', doc='Resets all services.')
op(V, 'resetSystem', 'PUT /api/v2/services?action=resetSystem', 'list:ObjectActionResult', doc='Resets all system services.')
op(V, 'resetUser', 'PUT /api/v2/services?action=resetUser', 'list:ObjectActionResult', doc='Resets all user services.')
op(V, 'unloadMany', 'PUT /api/v2/services?action=unload', 'list:ObjectActionResult', 'ids:strs', doc='Unloads services.')
op(V, 'get', 'GET /api/v2/services/{id_or_name}', 'Service', 'service:str', doc='Returns one service with its methods.')
op(V, 'update', 'PUT /api/v2/services/{id_or_name}', 'tree', 'service:str update:merge', doc='Performs a single update of a service (the first recognised argument, e.g. autostart or options) and returns its value.')
op(V, 'disable', 'PUT /api/v2/services/{id_or_name}?action=disable', 'ServiceActionResult', 'service:str', doc='Disables a service.')
op(V, 'enable', 'PUT /api/v2/services/{id_or_name}?action=enable', 'ServiceActionResult', 'service:str', doc='Enables a service.')
op(V, 'init', 'PUT /api/v2/services/{id_or_name}?action=init', 'void', 'service:str', doc='Initialises (loads and starts) a service.')
op(V, 'load', 'PUT /api/v2/services/{id_or_name}?action=load', 'void', 'service:str', doc='Loads a service.')
op(V, 'reset', 'PUT /api/v2/services/{id_or_name}?action=reset', 'void', 'service:str', doc='Resets a service.')
op(V, 'setAutostart', 'PUT /api/v2/services/{id_or_name}?action=setAutostart', 'void', 'service:str autostart:bool', doc='Sets the autostart flag of a service.')
op(V, 'setOptions', 'PUT /api/v2/services/{id_or_name}?action=setOptions', 'void', 'service:str options:map', doc='Sets options of a service.')
op(V, 'setStateData', 'PUT /api/v2/services/{id_or_name}?action=setStateData', 'void', 'service:str data:map?', doc='Replaces (or with null clears) the state data of a service.')
op(V, 'start', 'PUT /api/v2/services/{id_or_name}?action=start', 'void', 'service:str', doc='Starts a service.')
op(V, 'stop', 'PUT /api/v2/services/{id_or_name}?action=stop', 'void', 'service:str', doc='Stops a service.')
op(V, 'streamDelete', 'DELETE /api/v2/services/{id_or_name}?action=stream', 'tree', 'service:str stream:str', doc='Opens a service stream with DELETE.')
op(V, 'streamGet', 'GET /api/v2/services/{id_or_name}?action=stream', 'tree', 'service:str stream:str', doc='Opens a service stream with GET.')
op(V, 'streamPut', 'PUT /api/v2/services/{id_or_name}?action=stream', 'tree', 'service:str stream:str', doc='Opens a service stream with PUT.')
op(V, 'streamPost', 'POST /api/v2/services/{id_or_name}?action=stream', 'tree', 'service:str stream:str', doc='Opens a service stream with POST.')
op(V, 'unload', 'PUT /api/v2/services/{id_or_name}?action=unload', 'void', 'service:str', doc='Unloads a service.')
op(V, 'resourceFiles', 'GET /api/v2/services/{id_or_name}/resource_files', 'list:ResourceFile', 'service:str', doc='Returns the resource files of a service.')
op(V, 'resourceFile', 'GET /api/v2/services/{id_or_name}/resource_files/{name}', 'ResourceFile', 'service:str name:str', doc='Returns one resource file of a service with its data.')
op(V, 'method', 'GET /api/v2/services/{id_or_name}/{method}', 'ServiceMethod', 'service:str method:str', doc='Returns one service method.')
op(V, 'call', 'PUT /api/v2/services/{id_or_name}/{method}?action=call', 'tree', 'service:str method:str args:list?', doc='Calls a service method with the given arguments (a list); returns what the method returns.')

# ============================================================== part 2: every other group
def cls(name, accessor, doc):
    CLASSES[name] = {'accessor': accessor, 'doc': doc}

CODEF = 'name:str version:str description:str author:str created:date modified:date source:str line:long body:str tags:map offset:obj host:str user:str createdBy:str:createdby modifiedBy:str:modifiedby'
MODELS.update({
  'ClassInfo': {'doc': 'A Qorus class object ({@code /api/v2/classes}).', 'fields': 'classId:long:classid ' + CODEF},
  'ConstantInfo': {'doc': 'A Qorus constant object ({@code /api/v2/constants}).', 'fields': 'constantId:long:constantid ' + CODEF},
  'FunctionInfo': {'doc': 'A Qorus function object ({@code /api/v2/functions}).', 'fields': 'functionInstanceId:long:function_instanceid functionType:str:function_type ' + CODEF},
  'AsyncQueue': {'doc': 'An asynchronous step queue ({@code /api/v2/async-queues}).', 'fields': 'queueId:long:queueid name:str description:str author:str version:str created:date modified:date'},
  'ExecutionInstance': {'doc': 'A running workflow execution instance ({@code /api/v2/exec}).', 'fields': 'executionId:long:executionid name:str version:str workflowId:long:workflowid mode:str status:str iterations:long totalOrders:long:totalorders cachedOrders:long:cached_orders startTime:date:starttime remote:bool sync:bool options:map groups:list alerts:list logUrl:str:log_url'},
  'InterfaceGroup': {'doc': 'An interface group ({@code /api/v2/groups}).', 'fields': 'id:long name:str desc:str enabled:bool size:long internal:bool workflows:list services:list jobs:list mappers:list vmaps:list roles:list fsms:list pipelines:list'},
  'LogSource': {'doc': 'A log source ({@code /api/v2/logs}).', 'fields': 'type:str log:str logUrl:str:log_url name:str version:str workflowId:long:workflowid serviceId:long:serviceid jobId:long:jobid serviceType:str:servicetype'},
  'Mapper': {'doc': 'A data mapper ({@code /api/v2/mappers}).', 'fields': 'mapperId:long:mapperid name:str version:str desc:str type:str author:str created:date modified:date options:obj fields:obj optionSource:map:option_source fieldSource:map:field_source valid:bool error:str'},
  'Permission': {'doc': 'An RBAC permission ({@code /api/v2/perms}).', 'fields': 'name:str desc:str permissionType:str:permission_type'},
  'Release': {'doc': 'A release ({@code /api/v2/releases}).', 'fields': 'releaseId:long:releaseid name:str description:str created:date modified:date files:list'},
  'Connection': {'doc': 'A connection (user, datasource or remote Qorus; {@code /api/v2/remote}); {@code url} may hold a password only when asked with {@code with_password}.', 'fields': 'name:str desc:str url:str urlHash:map:url_hash type:str connType:str:conntype opts:map status:str up:bool loopback:bool monitor:bool lastCheck:date:last_check updated:date locked:bool tags:map deps:list alerts:list',
                 'extra_java': '\n  @Override\n  public String toString() {\n    return "Connection[name=" + name + ", type=" + type + ", up=" + up + ", url=***]";\n  }\n'},
  'PingResult': {'doc': 'The result of pinging a connection ({@code ?action=ping}).', 'fields': 'ok:bool name:str desc:str url:str opts:map time:obj info:str',
                 'extra_java': '\n  @Override\n  public String toString() {\n    return "PingResult[name=" + name + ", ok=" + ok + ", info=" + info + "]";\n  }\n'},
  'Role': {'doc': 'An RBAC role ({@code /api/v2/roles}).', 'fields': 'role:str provider:str desc:str hasDefault:bool:has_default permissions:strs groups:strs workflows:list services:list jobs:list mappers:list vmaps:list fsms:list pipelines:list users:strs'},
  'Sla': {'doc': 'A service level agreement ({@code /api/v2/slas}).', 'fields': 'slaId:long:slaid name:str units:str description:str methods:list jobs:list'},
  'SlaEvent': {'doc': 'An SLA event ({@code /api/v2/slas?action=events}).', 'fields': 'slaEventId:long:sla_eventid slaId:long:slaid name:str value:obj producer:str created:date success:bool err:str errDesc:str:errdesc'},
  'SlaChange': {'doc': 'The reply of an SLA association change (setJob, setMethod, removeJob, removeMethod).', 'fields': 'job:str service:str method:str slaId:long:slaid removed:bool'},
  'Step': {'doc': 'A workflow step ({@code /api/v2/steps}).', 'fields': 'stepId:long:stepid name:str version:str stepType:str:steptype arrayType:str:arraytype desc:str description:str author:str created:date modified:date functions:list tags:map source:str line:long'},
  'SyncEvent': {'doc': 'A workflow synchronization event ({@code /api/v2/sync-events}).', 'fields': 'eventTypeId:long:event_typeid name:str eventName:str:eventname eventKey:str:eventkey posted:bool created:date modified:date'},
  'User': {'doc': 'An RBAC user ({@code /api/v2/users}).', 'fields': 'username:str name:str provider:str hasDefault:bool:has_default roles:strs permissions:strs groups:list storage:map'},
  'ValueMap': {'doc': 'A value map ({@code /api/v2/valuemaps}).', 'fields': 'id:long name:str description:str author:str valueType:str:valuetype created:date modified:date throwsException:bool:throws_exception mapSize:long:mapsize dateFormat:str:dateformat'},
})
OPTIONS.update({
  'ErrorListOptions': {'doc': 'Optional arguments of {@code GET /api/v2/errors}.', 'fields': 'errors:strs filter:str wf:str'},
  'GlobalErrorDefinition': {'doc': 'Optional arguments that define an error through {@code POST /api/v2/errors} (with an optional workflow).', 'fields': 'businessFlag:bool:business_flag forceWorkflow:bool:forceworkflow retryDelaySecs:long:retry_delay_secs retryFlag:bool:retry_flag severity:str workflowId:str:workflowid'},
  'GroupMembers': {'doc': 'The members and flag of an interface group ({@code POST}/{@code PUT /api/v2/groups}).', 'fields': 'workflows:strs services:strs jobs:strs mappers:strs vmaps:strs enabled:bool'},
  'JobResultSearchOptions': {'paged': True, 'doc': 'Optional arguments of {@code GET /api/v2/jobresults}.', 'fields': 'date:date desc:bool full:bool ids:longs sort:strs statuses:strs'},
  'ReleaseSearchOptions': {'paged': True, 'doc': 'Optional arguments of {@code GET /api/v2/releases}.', 'fields': 'component:str componentMaxDate:date:component_maxdate componentMinDate:date:component_mindate fileMaxDate:date:file_maxdate fileMinDate:date:file_mindate fileName:str:file_name maxDate:date:maxdate minDate:date:mindate withComponents:bool:with_components'},
  'ConnectionUpdate': {'extra_java': '\n  @Override\n  public String toString() {\n    return "ConnectionUpdate[desc=" + desc + ", url=" + (url == null ? "null" : "***") + ", options=" + options + "]";\n  }\n', 'doc': 'What {@code PUT /api/v2/remote/user/{name}} changes.', 'fields': 'desc:str url:str options:map tags:map'},
  'RoleOptions': {'doc': 'Permissions and groups of a role ({@code /api/v2/roles}).', 'fields': 'perms:strs groups:strs'},
  'SlaEventOptions': {'paged': True, 'doc': 'Optional arguments of the SLA event searches.', 'fields': 'desc:bool err:strs errDesc:strs:errdesc name:strs minDate:date:mindate maxDate:date:maxdate producer:strs slaId:longs:slaid sort:strs success:bool'},
  'SlaPerformanceOptions': {'doc': 'Optional arguments of the SLA performance reports.', 'fields': 'err:strs errDesc:strs:errdesc grouping:str name:strs maxDate:date:maxdate minDate:date:mindate producer:strs slaId:longs:slaid success:bool', 'enums': {'grouping': ('hourly', 'daily', 'monthly', 'yearly')}},
  'SyncEventSearchOptions': {'paged': True, 'doc': 'Optional arguments of the sync event searches.', 'fields': 'desc:bool eventKey:str:eventkey eventName:str:eventname id:longs maxModified:date:maxmodified modified:date posted:bool sort:strs'},
  'UserUpdate': {'doc': 'What {@code PUT /api/v2/users/{user}} changes (the password is a separate argument).', 'fields': 'name:str storage:map roles:strs'},
})

cls('MetricsApi', 'metrics', 'The api group ({@code /api/v2/api/metrics}): Qorus metrics.')
op('MetricsApi', 'metrics', 'GET /api/v2/api/metrics', 'list:Object', doc='Returns the Qorus metrics.')
cls('AsyncQueuesApi', 'asyncQueues', 'The async-queues group ({@code /api/v2/async-queues}): queues of asynchronous workflow steps.')
op('AsyncQueuesApi', 'list', 'GET /api/v2/async-queues', 'list:AsyncQueue', doc='Returns the asynchronous queues.')
for c, acc, model, grp, what in [('ClassesApi', 'classes', 'ClassInfo', 'classes', 'class'), ('FunctionsApi', 'functions', 'FunctionInfo', 'functions', 'function')]:
    cls(c, acc, f'The {grp} group ({{@code /api/v2/{grp}}}): Qorus {what} objects.')
    op(c, 'list', f'GET /api/v2/{grp}', f'list:{model}', doc=f'Returns every {what} object.')
    op(c, 'names', f'GET /api/v2/{grp}?action=list', 'strs', doc=f'Returns the {what} object names.')
    op(c, 'get', f'GET /api/v2/{grp}/{{id_or_name}}', model, 'idOrName:str', doc=f'Returns one {what} object with its source.')
cls('ConstantsApi', 'constants', 'The constants group ({@code /api/v2/constants}): Qorus constant objects.')
op('ConstantsApi', 'list', 'GET /api/v2/constants', 'list:ConstantInfo', doc='Returns every constant object.')
op('ConstantsApi', 'get', 'GET /api/v2/constants/{id_or_name}', 'ConstantInfo', 'idOrName:str', doc='Returns one constant object with its source.')
cls('DebugApi', 'debug', 'The debug group ({@code /api/v2/debug}): thread stacks.')
op('DebugApi', 'threads', 'GET /api/v2/debug/threads', 'tree', doc='Returns the stacks of all threads.')
op('DebugApi', 'thread', 'GET /api/v2/debug/threads/{tid}', 'tree', 'tid:long', doc='Returns the stack of one thread.')

E = 'ErrorsApi'
cls(E, 'errors', 'The errors group ({@code /api/v2/errors}): global and workflow-specific error definitions.')
op(E, 'list', 'GET /api/v2/errors', 'list:WorkflowError', opts='ErrorListOptions', doc='Returns the error definitions.')
op(E, 'create', 'POST /api/v2/errors', 'map', 'error:str description:str', opts='GlobalErrorDefinition', doc='Creates an error definition (global, or for a workflow).')
op(E, 'createOrUpdate', 'POST /api/v2/errors?action=createOrUpdate', 'map', 'error:str description:str', opts='GlobalErrorDefinition', doc='Creates or updates an error definition.')
op(E, 'reload', 'PUT /api/v2/errors?action=reload', 'map', doc='Reloads the error definitions; returns the counts (global, workflow).')
op(E, 'search', 'GET /api/v2/errors?action=search', 'list:WorkflowError', 'errors:strs', doc='Returns the definitions of the given errors.')
op(E, 'global', 'GET /api/v2/errors/global', 'list:WorkflowError', doc='Returns the global error definitions.')
op(E, 'createGlobal', 'POST /api/v2/errors/global', 'map', 'error:str description:str', opts='ErrorDefinition', doc='Creates a global error definition.')
op(E, 'createOrUpdateGlobal', 'POST /api/v2/errors/global?action=createOrUpdate', 'map', 'error:str description:str', opts='ErrorDefinition', doc='Creates or updates a global error definition.')
op(E, 'deleteGlobal', 'DELETE /api/v2/errors/global/{error}', 'map', 'error:str', doc='Deletes a global error definition.')
op(E, 'getGlobal', 'GET /api/v2/errors/global/{error}', 'WorkflowError', 'error:str', doc='Returns a global error definition.')
op(E, 'updateGlobal', 'PUT /api/v2/errors/global/{error}', 'map', 'error:str description:str', opts='ErrorDefinition', doc='Updates a global error definition.')
op(E, 'updateGlobalAction', 'PUT /api/v2/errors/global/{error}?action=update', 'map', 'error:str description:str', opts='ErrorDefinition', doc='Updates a global error definition (action form).')
op(E, 'workflowErrors', 'GET /api/v2/errors/workflow', 'list:WorkflowError', doc='Returns the workflow-specific error definitions.')
op(E, 'ofWorkflow', 'GET /api/v2/errors/workflow/{id_or_name}', 'list:WorkflowError', 'workflow:str', doc='Returns the error definitions of a workflow.')
op(E, 'createForWorkflow', 'POST /api/v2/errors/workflow/{id_or_name}', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Creates a workflow error definition.')
op(E, 'createOrUpdateForWorkflow', 'POST /api/v2/errors/workflow/{id_or_name}?action=createOrUpdate', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Creates or updates a workflow error definition.')
op(E, 'deleteForWorkflow', 'DELETE /api/v2/errors/workflow/{id_or_name}/{error}', 'map', 'workflow:str error:str', doc='Deletes a workflow error definition.')
op(E, 'getForWorkflow', 'GET /api/v2/errors/workflow/{id_or_name}/{error}', 'WorkflowError', 'workflow:str error:str', doc='Returns a workflow error definition.')
op(E, 'updateForWorkflow', 'PUT /api/v2/errors/workflow/{id_or_name}/{error}', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Updates a workflow error definition.')
op(E, 'updateForWorkflowAction', 'PUT /api/v2/errors/workflow/{id_or_name}/{error}?action=update', 'map', 'workflow:str error:str description:str', opts='ErrorDefinition', doc='Updates a workflow error definition (action form).')
op(E, 'delete', 'DELETE /api/v2/errors/{error}', 'map', 'error:str', doc='Deletes an error definition.')
op(E, 'get', 'GET /api/v2/errors/{error}', 'WorkflowError', 'error:str', doc='Returns an error definition.')
op(E, 'update', 'PUT /api/v2/errors/{error}', 'map', 'error:str description:str', opts='ErrorDefinition', doc='Updates an error definition.')
op(E, 'updateAction', 'PUT /api/v2/errors/{error}?action=update', 'map', 'error:str description:str', opts='ErrorDefinition', doc='Updates an error definition (action form).')

X = 'ExecApi'
cls(X, 'exec', 'The exec group ({@code /api/v2/exec}): running workflow execution instances.')
op(X, 'list', 'GET /api/v2/exec', 'list:ExecutionInstance', doc='Returns the running workflow execution instances.')
op(X, 'names', 'GET /api/v2/exec?action=list', 'list:Object', doc='Returns the running execution instances in short form.')
op(X, 'stopAll', 'PUT /api/v2/exec?action=stopAll', 'CountDetails', doc='Stops every workflow execution instance.')
op(X, 'stopMany', 'PUT /api/v2/exec?action=stopMany', 'CountDetails', 'args:strs', doc='Stops the execution instances of the given workflows.')
op(X, 'get', 'GET /api/v2/exec/{id}', 'ExecutionInstance', 'id:long', doc='Returns one execution instance.')
op(X, 'setOptions', 'PUT /api/v2/exec/{id}?action=setOptions', 'void', 'id:long options:map', doc='Sets workflow options through one execution instance.')
op(X, 'stop', 'PUT /api/v2/exec/{id}?action=stop', 'void', 'id:long', doc='Stops one execution instance.')
op(X, 'ofWorkflow', 'GET /api/v2/exec/{workflowname}', 'list:ExecutionInstance', 'workflowName:str', doc='Returns the execution instances of a workflow (by name).')
op(X, 'describeWorkflow', 'GET /api/v2/exec/{workflowname}?action=desc', 'map', 'workflowName:str', doc='Describes the running workflow (by name).')
op(X, 'setWorkflowOptions', 'PUT /api/v2/exec/{workflowname}?action=setOptions', 'void', 'workflowName:str options:map', doc='Sets options of a running workflow (by name).')
op(X, 'stopWorkflow', 'PUT /api/v2/exec/{workflowname}?action=stop', 'map', 'workflowName:str', doc='Stops every execution instance of a workflow (by name).')

G = 'GroupsApi'
cls(G, 'groups', 'The groups group ({@code /api/v2/groups}): interface groups.')
op(G, 'deleteMany', 'DELETE /api/v2/groups', 'map', 'groups:strs', doc='Deletes interface groups.')
op(G, 'list', 'GET /api/v2/groups', 'list:InterfaceGroup', doc='Returns the interface groups.')
op(G, 'create', 'POST /api/v2/groups', 'map', 'group:str desc:str', opts='GroupMembers', doc='Creates an interface group.')
op(G, 'names', 'GET /api/v2/groups?action=list', 'strs', doc='Returns the interface group names.')
op(G, 'setStatusMany', 'PUT /api/v2/groups?action=setStatus', 'map', 'groups:strs enabled:bool', doc='Enables or disables interface groups.')
op(G, 'delete', 'DELETE /api/v2/groups/{name}', 'map', 'name:str', doc='Deletes an interface group.')
op(G, 'get', 'GET /api/v2/groups/{name}', 'InterfaceGroup', 'name:str', doc='Returns one interface group.')
op(G, 'update', 'PUT /api/v2/groups/{name}', 'map', 'name:str desc:str?', opts='GroupMembers', doc='Updates an interface group.')
op(G, 'disable', 'PUT /api/v2/groups/{name}?action=disable', 'map', 'name:str', doc='Disables an interface group.')
op(G, 'enable', 'PUT /api/v2/groups/{name}?action=enable', 'map', 'name:str', doc='Enables an interface group.')
op(G, 'setStatus', 'PUT /api/v2/groups/{name}?action=setStatus', 'map', 'name:str enabled:bool', doc='Enables or disables an interface group.')
op(G, 'updateAction', 'PUT /api/v2/groups/{name}?action=update', 'map', 'name:str desc:str?', opts='GroupMembers', doc='Updates an interface group (action form).')

R = 'JobResultsApi'
cls(R, 'jobResults', 'The jobresults group ({@code /api/v2/jobresults}): results of all jobs.')
op(R, 'search', 'GET /api/v2/jobresults', 'paged:JobResult', opts='JobResultSearchOptions', doc='Searches job results, lazily.')
op(R, 'overview', 'GET /api/v2/jobresults?action=overview', 'map', 'date:date? sqlCache:bool?:sqlcache combined:bool? jobs:strs?', doc='Returns job result counts by status.')
op(R, 'get', 'GET /api/v2/jobresults/{id}', 'JobResult', 'id:long', doc='Returns one job result with its errors and audit events.')

L = 'LogsApi'
cls(L, 'logs', 'The logs group ({@code /api/v2/logs}): log sources.')
op(L, 'list', 'GET /api/v2/logs', 'list:LogSource', doc='Returns the log sources.')
op(L, 'names', 'GET /api/v2/logs?action=list', 'list:Object', doc='Returns the log sources in short form.')

M = 'MappersApi'
cls(M, 'mappers', 'The mappers group ({@code /api/v2/mappers}): data mappers.')
op(M, 'list', 'GET /api/v2/mappers', 'list:Mapper', doc='Returns the mappers.')
op(M, 'reloadMany', 'PUT /api/v2/mappers?action=reload', 'map', 'ids:strs', doc='Reloads mappers.')
op(M, 'reloadAll', 'PUT /api/v2/mappers?action=reloadAll', 'map', doc='Reloads every mapper.')
op(M, 'get', 'GET /api/v2/mappers/{id_or_name}', 'Mapper', 'idOrName:str', doc='Returns one mapper.')
op(M, 'reload', 'PUT /api/v2/mappers/{id_or_name}?action=reload', 'map', 'idOrName:str', doc='Reloads one mapper.')
T = 'MapperTypesApi'
cls(T, 'mapperTypes', 'The mappertypes group ({@code /api/v2/mappertypes}): the mapper types.')
op(T, 'list', 'GET /api/v2/mappertypes', 'list:Object', doc='Returns the mapper types.')
op(T, 'get', 'GET /api/v2/mappertypes/{name}', 'map', 'name:str', doc='Returns one mapper type.')

P = 'PermissionsApi'
cls(P, 'permissions', 'The perms group ({@code /api/v2/perms}): RBAC permissions.')
op(P, 'list', 'GET /api/v2/perms', 'list:Permission', doc='Returns the permissions.')
op(P, 'create', 'POST /api/v2/perms', 'map', 'name:str desc:str', doc='Creates a user permission.')
op(P, 'delete', 'DELETE /api/v2/perms/{perm}', 'map', 'perm:str', doc='Deletes a user permission.')
op(P, 'get', 'GET /api/v2/perms/{perm}', 'Permission', 'perm:str', doc='Returns one permission.')
op(P, 'update', 'PUT /api/v2/perms/{perm}', 'map', 'perm:str desc:str', doc='Updates the description of a user permission.')
op(P, 'updateAction', 'PUT /api/v2/perms/{perm}?action=update', 'map', 'perm:str desc:str', doc='Updates the description of a user permission (action form).')

RL = 'ReleasesApi'
cls(RL, 'releases', 'The releases group ({@code /api/v2/releases}): releases loaded into the system.')
op(RL, 'search', 'GET /api/v2/releases', 'paged:Release', opts='ReleaseSearchOptions', doc='Searches releases, lazily.')
op(RL, 'get', 'GET /api/v2/releases/{release}', 'Release', 'release:str', doc='Returns one release with its files.')

RM = 'RemoteApi'
cls(RM, 'remote', 'The remote group ({@code /api/v2/remote}): connections to user systems, datasources and remote Qorus instances.')
op(RM, 'all', 'GET /api/v2/remote', 'list:Connection', doc='Returns every connection.')
op(RM, 'allAction', 'GET /api/v2/remote?action=all', 'list:Connection', doc='Returns every connection (action form).')
op(RM, 'names', 'GET /api/v2/remote?action=list', 'list:Object', doc='Returns the connections in short form.')
for kind, grp, sing in [('datasource', 'datasources', 'Datasource'), ('qorus', 'qorus', 'Qorus'), ('user', 'user', 'User')]:
    op(RM, f'{kind}Connections', f'GET /api/v2/remote/{grp}', 'list:Connection', doc=f'Returns the {kind} connections.')
    op(RM, f'{kind}ConnectionNames', f'GET /api/v2/remote/{grp}?action=list', 'list:Object', doc=f'Returns the {kind} connections in short form.')
    op(RM, f'reload{sing}Connections', f'PUT /api/v2/remote/{grp}?action=reload', 'map', doc=f'Reloads the {kind} connections from the database.')
    if kind == 'datasource':
        op(RM, f'{kind}Connection', f'GET /api/v2/remote/{grp}/{{name}}', 'Connection', 'name:str', doc=f'Returns one {kind} connection.')
    else:
        op(RM, f'{kind}Connection', f'GET /api/v2/remote/{grp}/{{name}}', 'Connection', 'name:str withPassword:bool?:with_password',
           doc=f'Returns one {kind} connection; with_password (https only) puts the password in url and url_hash.',
           extra_chain='.sensitiveIf(Boolean.TRUE.equals(withPassword))', test_secure=True)
    op(RM, f'ping{sing}Connection', f'PUT /api/v2/remote/{grp}/{{name}}?action=ping', 'PingResult', 'name:str', doc=f'Pings a {kind} connection.')
op(RM, 'createDatasource', 'POST /api/v2/remote/datasources', 'void', 'name:str datasource:merge', doc='Creates a datasource connection in memory (the Datasource Hash keys plus the name).')
op(RM, 'flushDatasources', 'PUT /api/v2/remote/datasources?action=flush', 'map', doc='Flushes the datasource connection caches.')
op(RM, 'deleteDatasource', 'DELETE /api/v2/remote/datasources/{name}', 'void', 'name:str', doc='Deletes a datasource connection.')
op(RM, 'updateDatasource', 'PUT /api/v2/remote/datasources/{name}', 'void', 'name:str datasource:merge', doc='Updates a datasource connection (Datasource Hash keys).')
op(RM, 'resetDatasource', 'PUT /api/v2/remote/datasources/{name}?action=reset', 'void', 'name:str', doc='Resets a datasource connection.')
op(RM, 'updateDatasourceAction', 'PUT /api/v2/remote/datasources/{name}?action=update', 'void', 'name:str datasource:merge', doc='Updates a datasource connection (action form).')
op(RM, 'createUserConnection', 'POST /api/v2/remote/user', 'map', 'name:str desc:str url:str options:map?', doc='Creates a user connection.')
op(RM, 'deleteUserConnection', 'DELETE /api/v2/remote/user/{name}', 'map', 'name:str', doc='Deletes a user connection.')
op(RM, 'updateUserConnection', 'PUT /api/v2/remote/user/{name}', 'map', 'name:str', opts='ConnectionUpdate', doc='Updates a user connection.')
op(RM, 'updateUserConnectionAction', 'PUT /api/v2/remote/user/{name}?action=update', 'map', 'name:str', opts='ConnectionUpdate', doc='Updates a user connection (action form).')

RO = 'RolesApi'
cls(RO, 'roles', 'The roles group ({@code /api/v2/roles}): RBAC roles.')
op(RO, 'list', 'GET /api/v2/roles', 'list:Role', doc='Returns the roles.')
op(RO, 'create', 'POST /api/v2/roles', 'Role', 'role:str desc:str', opts='RoleOptions', doc='Creates a role.')
op(RO, 'names', 'GET /api/v2/roles?action=list', 'strs', doc='Returns the role names.')
op(RO, 'delete', 'DELETE /api/v2/roles/{role}', 'map', 'role:str', doc='Deletes a role.')
op(RO, 'get', 'GET /api/v2/roles/{role}', 'Role', 'role:str', doc='Returns one role.')
op(RO, 'update', 'PUT /api/v2/roles/{role}', 'map', 'role:str desc:str?', opts='RoleOptions', doc='Updates a role (permissions and groups given replace the old ones).')
op(RO, 'cloneRole', 'POST /api/v2/roles/{role}?action=clone', 'map', 'role:str target:str desc:str', opts='RoleOptions', doc='Clones a role.')
op(RO, 'updateAction', 'PUT /api/v2/roles/{role}?action=update', 'map', 'role:str desc:str?', opts='RoleOptions', doc='Updates a role (action form).')

SL = 'SlasApi'
cls(SL, 'slas', 'The slas group ({@code /api/v2/slas}): service level agreements, their events and performance.')
op(SL, 'list', 'GET /api/v2/slas', 'list:Sla', doc='Returns the SLAs.')
op(SL, 'create', 'POST /api/v2/slas', 'Sla', 'name:str description:str units:str?', doc='Creates an SLA (units "seconds" or "other").', enums={'units': ('seconds', 'other')})
op(SL, 'events', 'GET /api/v2/slas?action=events', 'paged:SlaEvent', opts='SlaEventOptions', doc='Searches SLA events, lazily.')
op(SL, 'performance', 'GET /api/v2/slas?action=performance', 'list:Object', opts='SlaPerformanceOptions', doc='Returns SLA performance statistics.')
op(SL, 'delete', 'DELETE /api/v2/slas/{sla}', 'Sla', 'sla:str', doc='Deletes an SLA; returns it.')
op(SL, 'get', 'GET /api/v2/slas/{sla}', 'Sla', 'sla:str', doc='Returns one SLA.')
op(SL, 'slaEvents', 'GET /api/v2/slas/{sla}?action=events', 'paged:SlaEvent', 'sla:str', opts='SlaEventOptions', doc='Searches the events of one SLA, lazily.')
op(SL, 'slaPerformance', 'GET /api/v2/slas/{sla}?action=performance', 'list:Object', 'sla:str', opts='SlaPerformanceOptions', doc='Returns performance statistics of one SLA.')
op(SL, 'removeJob', 'PUT /api/v2/slas/{sla}?action=removeJob', 'SlaChange', 'sla:str job:str', doc='Removes a job from an SLA.')
op(SL, 'removeMethod', 'PUT /api/v2/slas/{sla}?action=removeMethod', 'SlaChange', 'sla:str service:str method:str', doc='Removes a service method from an SLA.')
op(SL, 'setJob', 'PUT /api/v2/slas/{sla}?action=setJob', 'SlaChange', 'sla:str job:str', doc='Associates a job with an SLA.')
op(SL, 'setMethod', 'PUT /api/v2/slas/{sla}?action=setMethod', 'SlaChange', 'sla:str service:str method:str', doc='Associates a service method with an SLA.')

ST = 'StepsApi'
cls(ST, 'steps', 'The steps group ({@code /api/v2/steps}): workflow steps.')
op(ST, 'list', 'GET /api/v2/steps', 'list:Step', doc='Returns the steps.')
op(ST, 'names', 'GET /api/v2/steps?action=list', 'strs', doc='Returns the step names.')
op(ST, 'get', 'GET /api/v2/steps/{id_or_name}', 'Step', 'idOrName:str', doc='Returns one step with its functions.')

SE = 'SyncEventsApi'
cls(SE, 'syncEvents', 'The sync-events group ({@code /api/v2/sync-events}): workflow synchronization events.')
op(SE, 'types', 'GET /api/v2/sync-events', 'list:Object', doc='Returns the workflow synchronization event types.')
op(SE, 'events', 'GET /api/v2/sync-events?action=events', 'paged:SyncEvent', opts='SyncEventSearchOptions', doc='Searches synchronization events, lazily.')
op(SE, 'type', 'GET /api/v2/sync-events/{type}', 'map', 'type:str', doc='Returns one event type.')
op(SE, 'eventsOfType', 'GET /api/v2/sync-events/{type}?action=events', 'paged:SyncEvent', 'type:str', opts='SyncEventSearchOptions', doc='Searches the events of one type, lazily.')
op(SE, 'post', 'PUT /api/v2/sync-events/{type}?action=post', 'bool', 'type:str eventKey:str:eventkey', doc='Posts an event; true when it was posted now, false when it already was.')
op(SE, 'event', 'GET /api/v2/sync-events/{type}/{key}', 'SyncEvent', 'type:str key:str', doc='Returns one event.')
op(SE, 'postKey', 'PUT /api/v2/sync-events/{type}/{key}?action=post', 'bool', 'type:str key:str', doc='Posts the event with this key; true when it was posted now.')

U = 'UsersApi'
cls(U, 'users', 'The users group ({@code /api/v2/users}): RBAC users.')
op(U, 'list', 'GET /api/v2/users', 'list:User', doc='Returns the users.')
op(U, 'create', 'POST /api/v2/users', 'User', 'username:str pass:str name:str roles:strs?', doc='Creates a user.')
op(U, 'current', 'GET /api/v2/users?action=current', 'User', doc='Returns the current user.')
op(U, 'names', 'GET /api/v2/users?action=list', 'strs', doc='Returns the user names.')
op(U, 'delete', 'DELETE /api/v2/users/{user}', 'map', 'user:str', doc='Deletes a user.')
op(U, 'get', 'GET /api/v2/users/{user}', 'User', 'user:str', doc='Returns one user.')
op(U, 'update', 'PUT /api/v2/users/{user}', 'map', 'user:str pass:str?', opts='UserUpdate', doc='Updates a user (password, name, storage, roles).')
op(U, 'updateAction', 'PUT /api/v2/users/{user}?action=update', 'map', 'user:str pass:str?', opts='UserUpdate', doc='Updates a user (action form).')

VM = 'ValueMapsApi'
cls(VM, 'valueMaps', 'The valuemaps group ({@code /api/v2/valuemaps}): value maps.')
op(VM, 'list', 'GET /api/v2/valuemaps', 'list:ValueMap', doc='Returns the value maps.')
op(VM, 'reloadMany', 'PUT /api/v2/valuemaps?action=reload', 'map', 'ids:strs', doc='Reloads value maps.')
op(VM, 'reloadAll', 'PUT /api/v2/valuemaps?action=reloadAll', 'map', doc='Reloads every value map.')
op(VM, 'get', 'GET /api/v2/valuemaps/{id_or_name}', 'ValueMap', 'idOrName:str', doc='Returns one value map.')
op(VM, 'dump', 'GET /api/v2/valuemaps/{id_or_name}?action=dump', 'map', 'idOrName:str', doc='Returns every key and value of a value map.')
op(VM, 'lookup', 'GET /api/v2/valuemaps/{id_or_name}?action=lookup', 'tree', 'idOrName:str key:str', doc='Looks up a key in a value map; returns its value.')
op(VM, 'reload', 'PUT /api/v2/valuemaps/{id_or_name}?action=reload', 'map', 'idOrName:str', doc='Reloads one value map.')
op(VM, 'setValue', 'PUT /api/v2/valuemaps/{id_or_name}?action=value', 'void', 'idOrName:str key:str value:obj? enabled:bool?', doc='Creates, updates or (with a null value) deletes a key of a value map.')
op(VM, 'value', 'GET /api/v2/valuemaps/{id_or_name}/{key}', 'map', 'idOrName:str key:str', doc='Returns one key of a value map with its value.')
