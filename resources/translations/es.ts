<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Solicitada el:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Request technical assistance</source>
        <translation>Solicitar asistencia técnica</translation>
    </message>
</context>
<context>
    <name>AssistanceModel</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>AssistancePanel</name>
    <message>
        <source>Re&amp;quest assistance…</source>
        <translation>&amp;Solicitar asistencia…</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message numerus="yes">
        <source>Technical assistance ({count} open)</source>
        <translation>
            <numerusform>Asistencia técnica ({count} solicitud abierta)</numerusform>
            <numerusform>Asistencia técnica ({count} solicitudes abiertas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo una copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>Copia de seguridad guardada como {file}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups of the database, newest first, in {folder}. fwgdesk makes one each day the data changed and before every import, upgrade, restore and repair.</source>
        <translation>Copias de seguridad de la base de datos, la más reciente primero, en {folder}. fwgdesk hace una cada día en que cambian los datos y antes de cada importación, actualización, restauración y reparación.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>Other work is still running; restore once it has ended.</source>
        <translation>Todavía hay otro trabajo en curso; restaure cuando haya terminado.</translation>
    </message>
    <message>
        <source>Replace the database with the backup made on {made} ({kind})?&lt;br&gt;&lt;br&gt;The current database is kept first, as a backup “{before}”, so it can be restored in turn. Changes made after {made} will no longer show.</source>
        <translation>¿Reemplazar la base de datos por la copia de seguridad hecha el {made} ({kind})?&lt;br&gt;&lt;br&gt;La base de datos actual se conserva primero, como copia «{before}», para poder restaurarla a su vez. Los cambios hechos después del {made} ya no se verán.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>¿Restaurar una copia de seguridad?</translation>
    </message>
    <message>
        <source>Restored from {file}. The database as it was is kept as {kept}.</source>
        <translation>Restaurada desde {file}. La base de datos tal como estaba se conserva como {kept}.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>Restaurando {file}…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Mostrar la carpeta</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job.</source>
        <translation>La base de datos está compartida en un servidor: hacer copias de seguridad y restaurarlas es tarea del administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before repairs</source>
        <translation>Antes de las reparaciones</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Antes de deshacer una importación</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Applied</source>
        <translation>Aplicada el</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Datos incluidos</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>Edición local</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>N.º de secuencia</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>States {n}</source>
        <translation>Estados: {n}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha el</translation>
    </message>
    <message>
        <source>added {n}</source>
        <translation>añadidos: {n}</translation>
    </message>
    <message>
        <source>changed {n}</source>
        <translation>modificados: {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>conflictos: {n}</translation>
    </message>
    <message>
        <source>deleted {n}</source>
        <translation>eliminados: {n}</translation>
    </message>
    <message>
        <source>kept mine {n}</source>
        <translation>mis valores conservados: {n}</translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation>no firmada con una clave de confianza</translation>
    </message>
    <message>
        <source>recommendations {n}</source>
        <translation>recomendaciones: {n}</translation>
    </message>
    <message>
        <source>unchanged {n}</source>
        <translation>sin cambios: {n}</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Full text in</source>
        <translation>Texto completo en</translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation>Artículos del Protocolo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Retirada el {date}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>All Protocol articles</source>
        <translation>Todos los artículos del Protocolo</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>Todos los documentos de origen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Artículo {n}</translation>
    </message>
    <message>
        <source>Full text in:</source>
        <translation>Texto completo en:</translation>
    </message>
    <message numerus="yes">
        <source>Linked by {n} States</source>
        <translation>
            <numerusform>Vinculada por {n} Estado</numerusform>
            <numerusform>Vinculada por {n} Estados</numerusform>
        </translation>
    </message>
    <message>
        <source>No State links this recommendation.</source>
        <translation>Ningún Estado ha vinculado esta recomendación.</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>Buscar en títulos y textos completos en cualquier idioma, o códigos…</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>Seleccione una recomendación para leer aquí su texto íntegro.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message numerus="yes">
        <source>{n} of {total} items</source>
        <translation>
            <numerusform>{n} de {total} elemento</numerusform>
            <numerusform>{n} de {total} elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>&amp;Change stage</source>
        <translation>&amp;Cambiar de etapa</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;Nueva etapa:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Change the review&apos;s stage</source>
        <translation>Cambiar la etapa del examen</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>Etapa actual:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Suspended &amp;because:</source>
        <translation>&amp;Motivo de la suspensión:</translation>
    </message>
    <message>
        <source>Why the review is suspended</source>
        <translation>Motivo de la suspensión del examen</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>&amp;Reload (drop my edits)</source>
        <translation>&amp;Volver a cargar (descartar mis cambios)</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>(to look at: not changed)</source>
        <translation>(para revisar: sin cambios)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobada</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>Reparando la base de datos…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity and foreign-key checks, then fwgdesk&apos;s own rules. Nothing is changed until you choose Repair: the repairs you tick are made in one go, after a backup.</source>
        <translation>Las comprobaciones de integridad y de claves externas de SQLite y, después, las reglas propias de fwgdesk. No se modifica nada hasta que elija Reparar: las reparaciones que marque se hacen de una vez, tras una copia de seguridad.</translation>
    </message>
    <message>
        <source>Stays active</source>
        <translation>Sigue activo</translation>
    </message>
</context>
<context>
    <name>CountsTable</name>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Volver a calcular las cifras (F5)</translation>
    </message>
    <message>
        <source>Computed from the data at {0}</source>
        <translation>Calculado con los datos de las {0}</translation>
    </message>
    <message>
        <source>Focal points by gender</source>
        <translation>Puntos focales por género</translation>
    </message>
    <message>
        <source>In brackets: the share of the participating States (focal points) or of the group&apos;s reviews (stages). A State has a focal point when at least one active person holds that role.</source>
        <translation>Entre paréntesis: la proporción de los Estados participantes (puntos focales) o de los exámenes del grupo (etapas). Un Estado tiene un punto focal cuando al menos una persona activa desempeña esa función.</translation>
    </message>
    <message>
        <source>Mechanism figures per review group</source>
        <translation>Cifras del Mecanismo por grupo de examen</translation>
    </message>
    <message>
        <source>No review is recorded yet. The figures appear once reviews are imported (Imports) or recorded on a State&apos;s page (States).</source>
        <translation>Todavía no hay ningún examen registrado. Las cifras aparecen en cuanto se importan exámenes (Importaciones) o se registran en la página de un Estado (Estados).</translation>
    </message>
    <message>
        <source>Open assistance requests by topic</source>
        <translation>Solicitudes de asistencia abiertas por tema</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>Review Mechanism figures</source>
        <translation>Cifras del Mecanismo de Examen</translation>
    </message>
    <message>
        <source>Reviews by stage</source>
        <translation>Exámenes por etapa</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>No se pudieron calcular las cifras: {0}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Working languages of reviews</source>
        <translation>Idiomas de trabajo de los exámenes</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Compro&amp;bar la base de datos…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Copias de segu&amp;ridad…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo una copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>Copia de seguridad guardada como {file}.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job (for example with pg_dump).</source>
        <translation>La base de datos está compartida en un servidor: hacer copias de seguridad y restaurarlas es tarea del administrador del servidor (por ejemplo con pg_dump).</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>By</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>Días restantes: {days}</translation>
    </message>
    <message>
        <source>Met (date not recorded)</source>
        <translation>Cumplido (fecha no registrada)</translation>
    </message>
    <message>
        <source>Met late, on {date}</source>
        <translation>Cumplido con retraso, el {date}</translation>
    </message>
    <message>
        <source>Met on {date}</source>
        <translation>Cumplido el {date}</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Días de retraso: {days}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>EndDesignationDialog</name>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Finalizada el:</translation>
    </message>
    <message>
        <source>End &amp;designation</source>
        <translation>Terminar la &amp;designación</translation>
    </message>
    <message>
        <source>End a designation</source>
        <translation>Terminar una designación</translation>
    </message>
    <message>
        <source>{name} stops being {role}. The row stays in the history.</source>
        <translation>{name} deja de desempeñar la función de {role}. El registro permanece en el historial.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Everything (every State)</source>
        <translation>&amp;Todo (todos los Estados)</translation>
    </message>
    <message>
        <source>&amp;My State (not set in the settings)</source>
        <translation>&amp;Mi Estado (no definido en la configuración)</translation>
    </message>
    <message>
        <source>&amp;My State ({iso3})</source>
        <translation>&amp;Mi Estado ({iso3})</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to export&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué exportar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;hosen States</source>
        <translation>Estados e&amp;legidos</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive</source>
        <translation>Archivos CSV en un archivo comprimido ZIP</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>Archivos CSV en una carpeta</translation>
    </message>
    <message>
        <source>Choose at least one State.</source>
        <translation>Elija al menos un Estado.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Filter by name or ISO3</source>
        <translation>Filtrar por nombre o código ISO3</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <source>Include personal contact details (e-mail, &amp;phone)</source>
        <translation>Incluir los datos de contacto &amp;personales (correo electrónico, teléfono)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Archivo JSON</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>Nombre de la nueva carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>States to export</source>
        <translation>Estados que se exportarán</translation>
    </message>
    <message>
        <source>Update files (*{suffix})</source>
        <translation>Archivos de actualización (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} registro escrito en {path}</numerusform>
            <numerusform>{rows} registros escritos en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Completed</source>
        <translation>Concluido</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>Redacción de observaciones</translation>
    </message>
    <message>
        <source>Group {0}</source>
        <translation>Grupo {0}</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Legislación</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>Lista de observaciones</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Not started or suspended, no focal point</source>
        <translation>No iniciados o suspendidos, sin punto focal</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Operating RevMod</source>
        <translation>Uso de RevMod</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Participating States with at least one active person in the focal point role</source>
        <translation>Estados participantes en los que al menos una persona activa desempeña la función de punto focal</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>Consulta preliminar</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Reviews completed</source>
        <translation>Exámenes concluidos</translation>
    </message>
    <message>
        <source>Reviews in progress</source>
        <translation>Exámenes en curso</translation>
    </message>
    <message>
        <source>Reviews not started</source>
        <translation>Exámenes no iniciados</translation>
    </message>
    <message>
        <source>Reviews suspended</source>
        <translation>Exámenes suspendidos</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Share of the reviews not started or suspended whose State under review has no active focal point</source>
        <translation>Proporción de los exámenes no iniciados o suspendidos cuyo Estado examinado no tiene un punto focal activo</translation>
    </message>
    <message>
        <source>States participating</source>
        <translation>Estados participantes</translation>
    </message>
    <message>
        <source>States under review or reviewing in a review of the group</source>
        <translation>Estados examinados o examinadores en un examen del grupo</translation>
    </message>
    <message>
        <source>States with an active focal point</source>
        <translation>Estados con un punto focal activo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>No divulgado</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>Comentarios por escrito</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>No exportado: {error}</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>&amp;Designated on:</source>
        <translation>Fecha de &amp;designación:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Idio&amp;mas:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>C&amp;argo:</translation>
    </message>
    <message>
        <source>Add a designated person</source>
        <translation>Añadir una persona designada</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation>Fecha de &amp;finalización:</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, e.g. pt, de</source>
        <translation>Códigos ISO 639-1, p. ej., pt, de</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Ot&amp;her languages:</source>
        <translation>&amp;Otros idiomas:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>FocalPointsModel</name>
    <message>
        <source>Designated on</source>
        <translation>Fecha de designación</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Finalizada el {date}</translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation>Género: {gender}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>FocalPointsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Show ended designations</source>
        <translation>&amp;Mostrar las designaciones finalizadas</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <source>E&amp;nd designation…</source>
        <translation>&amp;Finalizar la designación…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>End the designation of {name}</source>
        <translation>Finalizar la designación de {name}</translation>
    </message>
    <message>
        <source>{active} active · {ended} ended</source>
        <translation>Activas: {active} · Finalizadas: {ended}</translation>
    </message>
    <message>
        <source>{name} is the active focal point (since {since}). A State has one: their designation ends when the new one begins.</source>
        <translation>{name} es el punto focal activo (desde el {since}). Un Estado tiene uno solo: su designación finaliza cuando comienza la del nuevo.</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>&amp;Keep data of removed people:</source>
        <translation>&amp;Conservar los datos de las personas retiradas:</translation>
    </message>
    <message>
        <source>CSV file (for a spreadsheet)</source>
        <translation>Archivo CSV (para una hoja de cálculo)</translation>
    </message>
    <message>
        <source>Choose where to save the history.</source>
        <translation>Elija dónde guardar el historial.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Export the history of {iso3}</source>
        <translation>Exportar el historial de {iso3}</translation>
    </message>
    <message>
        <source>Export the history to</source>
        <translation>Exportar el historial a</translation>
    </message>
    <message>
        <source>History files (*{suffix})</source>
        <translation>Archivos de historial (*{suffix})</translation>
    </message>
    <message>
        <source>Include contact details (e-mail, &amp;phone)</source>
        <translation>Incluir los datos de contacto (correo electrónico, &amp;teléfono)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Archivo JSON</translation>
    </message>
    <message>
        <source>Names only</source>
        <translation>Solo los nombres</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Removed people are people an import deleted, or an undone import took back: their changes stay in the history. Unless you keep them, their name, title, institution, contact details, gender and languages are written as “[removed]”. Contact details of everyone else are written as “[withheld]” unless you include them. Role, State and dates are always written.</source>
        <translation>Las personas retiradas son las que una importación eliminó o las que una importación deshecha retiró: sus cambios permanecen en el historial. Salvo que los conserve, su nombre, cargo, institución, datos de contacto, género e idiomas se escriben como «[removed]». Los datos de contacto de las demás personas se escriben como «[withheld]» salvo que los incluya. La función, el Estado y las fechas se escriben siempre.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Assistance request</source>
        <translation>Solicitud de asistencia</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Import: {batch}</source>
        <translation>Importación: {batch}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Recommendation link</source>
        <translation>Vínculo con recomendación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation>Etapa del examen</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>Estado examinador</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento de origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Filter: a field, a value, a person&apos;s name…</source>
        <translation>Filtrar: un campo, un valor, el nombre de una persona…</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historial exportado</translation>
    </message>
    <message>
        <source>Select a change to read it whole here.</source>
        <translation>Seleccione un cambio para leerlo completo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>{entries} change(s) written to {path}.</source>
        <translation>
            <numerusform>{entries} cambio escrito en {path}.</numerusform>
            <numerusform>{entries} cambios escritos en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} changes</source>
        <translation>
            <numerusform>{shown} de {total} cambio</numerusform>
            <numerusform>{shown} de {total} cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{withheld} personal value(s) were left out (contact details, and data of people no longer in the database).</source>
        <translation>
            <numerusform>Se omitió {withheld} valor personal (datos de contacto y datos de personas que ya no están en la base de datos).</numerusform>
            <numerusform>Se omitieron {withheld} valores personales (datos de contacto y datos de personas que ya no están en la base de datos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Hide unchanged rows</source>
        <translation>&amp;Ocultar los registros sin cambios</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar mi valor</translation>
    </message>
    <message>
        <source>&amp;Take the update&apos;s</source>
        <translation>&amp;Tomar la de la actualización</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older or repeated update&lt;/b&gt;&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;Actualización más antigua o repetida&lt;/b&gt;&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Published by {publisher}, sequence {sequence}&lt;br&gt;Data as of {as_of}, issued {issued}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Publicada por {publisher}, n.º de secuencia {sequence}&lt;br&gt;Datos al {as_of}, emitida el {issued}</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Apply an&amp;yway (older or repeated update)</source>
        <translation>Aplicar de todos &amp;modos (actualización más antigua o repetida)</translation>
    </message>
    <message>
        <source>Applying row {done} of {total}…</source>
        <translation>Aplicando el registro {done} de {total}…</translation>
    </message>
    <message>
        <source>Applying {file}…</source>
        <translation>Aplicando {file}…</translation>
    </message>
    <message>
        <source>Backing up the database and applying the update…</source>
        <translation>Creando una copia de seguridad de la base de datos y aplicando la actualización…</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Contraer to&amp;do</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Confirm above that you apply an older or repeated update.</source>
        <translation>Confirme arriba que aplica una actualización más antigua o repetida.</translation>
    </message>
    <message>
        <source>Confirm above that you import it without a trusted signature.</source>
        <translation>Confirme arriba que la importa sin una firma de confianza.</translation>
    </message>
    <message numerus="yes">
        <source>Decide {count} conflict(s) first.</source>
        <translation>
            <numerusform>Resuelva primero {count} conflicto.</numerusform>
            <numerusform>Resuelva primero {count} conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>E&amp;xpandir todo</translation>
    </message>
    <message>
        <source>I&amp;mport it although it is not signed by a trusted key</source>
        <translation>&amp;Importarla aunque no esté firmada con una clave de confianza</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Conservar todos mis &amp;valores</translation>
    </message>
    <message>
        <source>No conflicts with your local changes.</source>
        <translation>No hay conflictos con sus cambios locales.</translation>
    </message>
    <message>
        <source>Not applied, nothing was changed: {error}</source>
        <translation>No aplicada, no se ha modificado nada: {error}</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>No aplicada: no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>Nada que cambiar: la base de datos ya contiene esta actualización.</translation>
    </message>
    <message>
        <source>Only &amp;conflicts</source>
        <translation>&amp;Solo conflictos</translation>
    </message>
    <message>
        <source>Take the update&apos;s fo&amp;r all</source>
        <translation>Tomar las de la actualización pa&amp;ra todos</translation>
    </message>
    <message>
        <source>The signature is invalid: this update cannot be applied.</source>
        <translation>La firma no es válida: esta actualización no se puede aplicar.</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) with your local changes, {undecided} undecided</source>
        <translation>
            <numerusform>{count} conflicto con sus cambios locales, {undecided} sin resolver</numerusform>
            <numerusform>{count} conflictos con sus cambios locales, {undecided} sin resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) shown</source>
        <translation>
            <numerusform>{count} registro mostrado</numerusform>
            <numerusform>{count} registros mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Importar una actualización…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>&amp;Deshacer la última importación…</translation>
    </message>
    <message>
        <source>Backup: {backup}</source>
        <translation>Copia de seguridad: {backup}</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Folder of &amp;CSV files…</source>
        <translation>Carpeta de archivos &amp;CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>Importar una carpeta de archivos CSV</translation>
    </message>
    <message>
        <source>Import an update</source>
        <translation>Importar una actualización</translation>
    </message>
    <message>
        <source>Import applied</source>
        <translation>Importación aplicada</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importación deshecha</translation>
    </message>
    <message numerus="yes">
        <source>Import {batch} ({file}) was undone: {reverted} change(s) reverted.</source>
        <translation>
            <numerusform>Se deshizo la importación {batch} ({file}): {reverted} cambio revertido.</numerusform>
            <numerusform>Se deshizo la importación {batch} ({file}): {reverted} cambios revertidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No deshecha</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>Nada que cambiar: la base de datos ya contiene esta actualización.</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>Leyendo y comprobando {file}…</translation>
    </message>
    <message>
        <source>The update was applied as import {batch}. A backup of the database before it was saved as {backup}.</source>
        <translation>La actualización se aplicó como importación {batch}. Se guardó una copia de seguridad de la base de datos anterior a ella como {backup}.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Deshaciendo la última importación…</translation>
    </message>
    <message>
        <source>Update &amp;file (JSON, XLSX, CSV in a ZIP)…</source>
        <translation>&amp;Archivo de actualización (JSON, XLSX, CSV en un ZIP)…</translation>
    </message>
    <message>
        <source>Updates (*.json *.xlsx *.zip);;All files (*)</source>
        <translation>Actualizaciones (*.json *.xlsx *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Updates applied to this database: the bundled reference data and every import, with the file, its publisher and sequence, who signed it and what it changed.</source>
        <translation>Actualizaciones aplicadas a esta base de datos: los datos de referencia incluidos y cada importación, con el archivo, su emisor y número de secuencia, quién lo firmó y qué cambió.</translation>
    </message>
    <message numerus="yes">
        <source>{count} local change(s) made after the import were kept (see the details).</source>
        <translation>
            <numerusform>Se conservó {count} cambio local realizado después de la importación (véanse los detalles).</numerusform>
            <numerusform>Se conservaron {count} cambios locales realizados después de la importación (véanse los detalles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} registro escrito en {path}</numerusform>
            <numerusform>{rows} registros escritos en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Link chosen</source>
        <translation>&amp;Vincular las elegidas</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>Todos los documentos de origen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Already linked to this State</source>
        <translation>Ya vinculada a este Estado</translation>
    </message>
    <message>
        <source>Link &amp;every item of this theme</source>
        <translation>Vincular &amp;cada elemento de este tema</translation>
    </message>
    <message>
        <source>Link recommendations</source>
        <translation>Vincular recomendaciones</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>Buscar en títulos y textos completos en cualquier idioma, o códigos…</translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen of {shown} shown.</source>
        <translation>
            <numerusform>{count} elegida de {shown} mostradas.</numerusform>
            <numerusform>{count} elegidas de {shown} mostradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items of “{theme}” will be linked (all not linked yet).</source>
        <translation>
            <numerusform>Se vinculará {count} elemento de “{theme}” (todos los que aún no están vinculados).</numerusform>
            <numerusform>Se vincularán {count} elementos de “{theme}” (todos los que aún no están vinculados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Actualizado el</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>&amp;Accept checked</source>
        <translation>&amp;Aceptar las marcadas</translation>
    </message>
    <message>
        <source>&amp;Dismiss checked</source>
        <translation>&amp;Descartar las marcadas</translation>
    </message>
    <message>
        <source>&amp;Link from the catalogue…</source>
        <translation>&amp;Vincular desde el catálogo…</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>Desvincular la &amp;selección</translation>
    </message>
    <message numerus="yes">
        <source>Accept {count} suggested links</source>
        <translation>
            <numerusform>Aceptar {count} vínculo sugerido</numerusform>
            <numerusform>Aceptar {count} vínculos sugeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>Marcar &amp;todo</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss {count} suggested links</source>
        <translation>
            <numerusform>Descartar {count} vínculo sugerido</numerusform>
            <numerusform>Descartar {count} vínculos sugeridos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the link of {code}</source>
        <translation>Editar el vínculo de {code}</translation>
    </message>
    <message>
        <source>Filter the linked recommendations…</source>
        <translation>Filtrar las recomendaciones vinculadas…</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message numerus="yes">
        <source>Link {count} recommendations</source>
        <translation>
            <numerusform>Vincular {count} recomendación</numerusform>
            <numerusform>Vincular {count} recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked recommendations ({count})</source>
        <translation>Recomendaciones vinculadas ({count})</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Recommendations addressed by their text to this State (all States, or the Protocol&apos;s parties when it is one), neither linked nor dismissed.</source>
        <translation>Recomendaciones que, según su texto, se dirigen a este Estado (todos los Estados, o las partes en el Protocolo si es parte en él), ni vinculadas ni descartadas.</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>Seleccione una recomendación para leer aquí su texto completo.</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>Fijar el &amp;estado de los seleccionados</translation>
    </message>
    <message>
        <source>Set the status of every selected link at once (one step to undo)</source>
        <translation>Fijar a la vez el estado de todos los vínculos seleccionados (se deshace en un solo paso)</translation>
    </message>
    <message numerus="yes">
        <source>Set the status of {count} links to {status}</source>
        <translation>
            <numerusform>Fijar el estado «{status}» en {count} vínculo</numerusform>
            <numerusform>Fijar el estado «{status}» en {count} vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Suggested links ({count})</source>
        <translation>Vínculos sugeridos ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Unlink {count} recommendations</source>
        <translation>
            <numerusform>Desvincular {count} recomendación</numerusform>
            <numerusform>Desvincular {count} recomendaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About fwgdesk</source>
        <translation>&amp;Acerca de fwgdesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rehacer: {edit}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Deshacer: {edit}</translation>
    </message>
    <message>
        <source>About fwgdesk</source>
        <translation>Acerca de fwgdesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>fwgdesk {version}
Data folder: {folder}</source>
        <translation>fwgdesk {version}
Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>fwgdesk — Firearms Protocol desk</source>
        <translation>fwgdesk — Escritorio del Protocolo sobre Armas de Fuego</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>Grupo &amp;temático:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nuevo examen</translation>
    </message>
    <message>
        <source>Review &amp;group:</source>
        <translation>&amp;Grupo de examen:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>No hay ningún documento que mostrar.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Already absent</source>
        <translation>Ya ausente</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Solicitudes de asistencia</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Elementos del catálogo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message numerus="yes">
        <source>Changed · {count} field(s)</source>
        <translation>
            <numerusform>Modificado · {count} campo</numerusform>
            <numerusform>Modificado · {count} campos</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>In the update</source>
        <translation>En la actualización</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>En esta base de datos</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar mi valor</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>Registro / campo</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documentos de origen</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Take the update&apos;s</source>
        <translation>Tomar la de la actualización</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin resolver</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) decided</source>
        <translation>
            <numerusform>{count} conflicto resuelto</numerusform>
            <numerusform>{count} conflictos resueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) to decide</source>
        <translation>
            <numerusform>{count} conflicto por resolver</numerusform>
            <numerusform>{count} conflictos por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ Revisar</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Actualización rechazada</translation>
    </message>
    <message numerus="yes">
        <source>{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</source>
        <translation>
            <numerusform>Se rechazó {file}: se encontró {count} problema. No se ha modificado nada. Corrija el archivo o pida a la Secretaría uno corregido.</numerusform>
            <numerusform>Se rechazó {file}: se encontraron {count} problemas. No se ha modificado nada. Corrija el archivo o pida a la Secretaría uno corregido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Batch of status sheets</source>
        <translation>&amp;Lote de fichas de situación</translation>
    </message>
    <message>
        <source>&amp;Mechanism overview</source>
        <translation>Panora&amp;ma del Mecanismo</translation>
    </message>
    <message>
        <source>&amp;State status sheet</source>
        <translation>&amp;Ficha de situación de un Estado</translation>
    </message>
    <message>
        <source>&amp;Which States:</source>
        <translation>&amp;Qué Estados:</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>F&amp;ull text of recommendations, not titles</source>
        <translation>Te&amp;xto completo de las recomendaciones, no los títulos</translation>
    </message>
    <message>
        <source>Include personal contact &amp;details</source>
        <translation>Incluir los datos personales de c&amp;ontacto</translation>
    </message>
    <message>
        <source>Name or ISO3 code</source>
        <translation>Nombre o código ISO3</translation>
    </message>
    <message>
        <source>One file per State, &amp;into a folder</source>
        <translation>Un archivo por Estado, en una &amp;carpeta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Review group {number}</source>
        <translation>Grupo de examen {number}</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>I&amp;dioma de la ficha:</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Choose a report, then press Preview: it is shown here to be saved or printed.</source>
        <translation>Elija un informe y pulse Vista previa: se mostrará aquí para guardarlo o imprimirlo.</translation>
    </message>
    <message>
        <source>Folder for the status sheets</source>
        <translation>Carpeta para las fichas de situación</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Generando el PDF…</translation>
    </message>
    <message>
        <source>No font could draw these characters: {characters}</source>
        <translation>Ninguna fuente puede dibujar estos caracteres: {characters}</translation>
    </message>
    <message>
        <source>No report made</source>
        <translation>No se ha generado el informe</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Guardado como {path}</translation>
    </message>
    <message>
        <source>Sheet {done} of {total}</source>
        <translation>Ficha {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) saved in {folder}</source>
        <translation>
            <numerusform>{count} archivo guardado en {folder}</numerusform>
            <numerusform>{count} archivos guardados en {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s) sent to the printer.</source>
        <translation>
            <numerusform>{count} página enviada a la impresora.</numerusform>
            <numerusform>{count} páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s) shown.</source>
        <translation>
            <numerusform>{count} ficha mostrada.</numerusform>
            <numerusform>{count} fichas mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Edit the review&apos;s details</source>
        <translation>Editar los detalles del examen</translation>
    </message>
    <message>
        <source>Mark the assistance request {status}</source>
        <translation>Marcar la solicitud de asistencia como “{status}”</translation>
    </message>
    <message>
        <source>Move the review to {stage}</source>
        <translation>Pasar el examen a la etapa “{stage}”</translation>
    </message>
    <message>
        <source>New review: group {group}, cluster {cluster}</source>
        <translation>Nuevo examen: grupo {group}, grupo temático {cluster}</translation>
    </message>
    <message>
        <source>Request assistance: {topic}</source>
        <translation>Solicitar asistencia: {topic}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailsPanel</name>
    <message>
        <source>&amp;Reviewing States:</source>
        <translation>Estados &amp;examinadores:</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>&amp;Añadir Estado</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenidos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details (not saved)</source>
        <translation>Detalles (sin guardar)</translation>
    </message>
    <message>
        <source>ISO3 code or name</source>
        <translation>Código ISO3 o nombre</translation>
    </message>
    <message>
        <source>Lan&amp;guages agreed:</source>
        <translation>&amp;Idiomas convenidos:</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>No convenidos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Save detai&amp;ls</source>
        <translation>&amp;Guardar detalles</translation>
    </message>
    <message>
        <source>Self-assessment &amp;progress:</source>
        <translation>&amp;Progreso de la autoevaluación:</translation>
    </message>
    <message>
        <source>Self-assessment:</source>
        <translation>Autoevaluación:</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Suspended beca&amp;use:</source>
        <translation>&amp;Motivo de la suspensión:</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Idiomas de trabajo:</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>&amp;Change stage…</source>
        <translation>&amp;Cambiar de etapa…</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>Etapa &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Next stage: {stage}</source>
        <translation>Etapa &amp;siguiente: {stage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plazos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronología&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; since {since}</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; desde {since}</translation>
    </message>
    <message>
        <source>Group {group}, cluster {cluster}</source>
        <translation>Grupo {group}, grupo temático {cluster}</translation>
    </message>
    <message>
        <source>New revie&amp;w…</source>
        <translation>&amp;Nuevo examen…</translation>
    </message>
    <message>
        <source>No review is recorded for this State. Use “New review…” to record one.</source>
        <translation>No hay ningún examen registrado para este Estado. Utilice “Nuevo examen…” para registrar uno.</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>E&amp;xamen:</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ Vencidos: {count}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Añadir clave…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Carpeta de datos:</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Quitar clave</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>URL de la &amp;base de datos:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>My &amp;State:</source>
        <translation>&amp;Mi Estado:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>Claves públicas (*.pem *.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The data folder and database take effect the next time fwgdesk starts.</source>
        <translation>La carpeta de datos y la base de datos se aplicarán la próxima vez que se inicie fwgdesk.</translation>
    </message>
    <message>
        <source>The data folder cannot be empty</source>
        <translation>La carpeta de datos no puede estar vacía</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql</source>
        <translation>La URL de la base de datos debe comenzar por sqlite:// o postgresql</translation>
    </message>
    <message>
        <source>Trusted signing &amp;keys:</source>
        <translation>C&amp;laves de firma de confianza:</translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder; or postgresql+psycopg://…</source>
        <translation>vacío: el archivo SQLite de la carpeta de datos; o postgresql+psycopg://…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Ask the Secretariat for the file again; nothing can be applied.</source>
        <translation>Vuelva a pedir el archivo a la Secretaría; no se puede aplicar nada.</translation>
    </message>
    <message>
        <source>Invalid signature: this update is refused</source>
        <translation>Firma no válida: esta actualización se rechaza</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmada</translation>
    </message>
    <message>
        <source>Nothing proves who issued this file or that it was not changed since. Import it only if you know where it came from.</source>
        <translation>Nada demuestra quién emitió este archivo ni que no se haya modificado desde entonces. Impórtelo solo si sabe de dónde procede.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Firmada con una clave desconocida</translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation>Firmada por {signer}</translation>
    </message>
    <message>
        <source>The file is exactly as the signer issued it.</source>
        <translation>El archivo es exactamente como lo emitió el firmante.</translation>
    </message>
    <message>
        <source>The key that signed it is not one of your trusted keys: nothing proves who issued it. Import it only if you know where it came from.</source>
        <translation>La clave con la que se firmó no es una de sus claves de confianza: nada demuestra quién lo emitió. Impórtelo solo si sabe de dónde procede.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Advertencia: {0}</translation>
    </message>
</context>
<context>
    <name>StageEventsModel</name>
    <message>
        <source>As the review records it; no stage change recorded</source>
        <translation>Según consta en el examen; no se registró ningún cambio de etapa</translation>
    </message>
    <message>
        <source>As the review records it; not started yet</source>
        <translation>Según consta en el examen; aún no iniciado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>current stage</source>
        <translation>etapa actual</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>passed over: no stage change recorded</source>
        <translation>omitida: no se registró ningún cambio de etapa</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <source>the review is suspended</source>
        <translation>el examen está suspendido</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Firearms Protocol: {status} {date}</source>
        <translation>Protocolo sobre Armas de Fuego: {status} {date}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>← All States</source>
        <translation>← Todos los Estados</translation>
    </message>
</context>
<context>
    <name>StatesModel</name>
    <message>
        <source>Active people</source>
        <translation>Personas activas</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocolo sobre Armas de Fuego</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nombre (inglés)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Grupo de examen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>{what}, since {date}</source>
        <translation>{what}, desde el {date}</translation>
    </message>
</context>
<context>
    <name>StatesTable</name>
    <message>
        <source>&amp;No focal point designated</source>
        <translation>&amp;Sin punto focal designado</translation>
    </message>
    <message>
        <source>All regional groups</source>
        <translation>Todos los grupos regionales</translation>
    </message>
    <message>
        <source>All review groups</source>
        <translation>Todos los grupos de examen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message numerus="yes">
        <source>All {total} States</source>
        <translation>
            <numerusform>Todos los Estados ({total})</numerusform>
            <numerusform>Todos los Estados ({total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Any Protocol status</source>
        <translation>Cualquier situación respecto del Protocolo</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Grupo {n}</translation>
    </message>
    <message>
        <source>Search by name (any language) or code…</source>
        <translation>Buscar por nombre (en cualquier idioma) o código…</translation>
    </message>
    <message>
        <source>Show &amp;all States</source>
        <translation>Mostrar &amp;todos los Estados</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} States</source>
        <translation>
            <numerusform>{shown} de {total} Estado</numerusform>
            <numerusform>{shown} de {total} Estados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <source>Also undo fields &amp;changed locally since the import</source>
        <translation>Deshacer también los campos &amp;modificados localmente desde la importación</translation>
    </message>
    <message>
        <source>Off: your edits made after the import are kept and listed.</source>
        <translation>Desmarcado: se conservan y se enumeran las ediciones que haya hecho después de la importación.</translation>
    </message>
    <message>
        <source>Undo the import of &lt;b&gt;{file}&lt;/b&gt; (from {publisher}, sequence {sequence}, applied {applied})?&lt;br&gt;Every value it changed returns to what it was before; rows it added are removed and rows it deleted come back. A backup of the database is made first.</source>
        <translation>¿Deshacer la importación de &lt;b&gt;{file}&lt;/b&gt; (de {publisher}, n.º de secuencia {sequence}, aplicada el {applied})?&lt;br&gt;Cada valor que modificó vuelve a ser el que era antes; los registros que añadió se eliminan y los que eliminó se restablecen. Antes se crea una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Deshacer la última importación</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Read only: your database role may not change data</source>
        <translation>Solo lectura: su rol de base de datos no puede modificar datos</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>¿Restaurar una copia de seguridad?</translation>
    </message>
    <message>
        <source>The database is damaged:
{problem}

Restore the newest good backup, {backup}? The damaged file is kept beside the backups.</source>
        <translation>La base de datos está dañada:
{problem}

¿Restaurar la copia de seguridad válida más reciente, {backup}? El archivo dañado se conserva junto a las copias de seguridad.</translation>
    </message>
    <message>
        <source>Upgrade it now? Everyone who uses it will need this version of fwgdesk.</source>
        <translation>¿Actualizarla ahora? Todas las personas que la usan necesitarán esta versión de fwgdesk.</translation>
    </message>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>¿Actualizar la base de datos compartida?</translation>
    </message>
    <message>
        <source>fwgdesk cannot start</source>
        <translation>fwgdesk no puede iniciarse</translation>
    </message>
    <message>
        <source>fwgdesk started with a warning</source>
        <translation>fwgdesk se inició con una advertencia</translation>
    </message>
</context>
<context>
    <name>catalogue_text</name>
    <message>
        <source>Titles are short summaries written for this catalogue; the full text is the source document&apos;s own.</source>
        <translation>Los títulos son resúmenes breves redactados para este catálogo; el texto completo es el del documento de origen.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Retirada el {date}</translation>
    </message>
    <message>
        <source>{language} original</source>
        <translation>original en {language}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>none recorded</source>
        <translation>sin datos registrados</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>A backup was made before the repairs: {file}</source>
        <translation>Se hizo una copia de seguridad antes de las reparaciones: {file}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help; SQLite found:</source>
        <translation>El archivo de la base de datos está dañado. Restaure una copia de seguridad (Archivo ▸ Copias de seguridad…) o pida ayuda; SQLite encontró:</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) were gone by then and left as they were.</source>
        <translation>
            <numerusform>{count} hallazgo ya no existía entonces y se dejó como estaba.</numerusform>
            <numerusform>{count} hallazgos ya no existían entonces y se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</source>
        <translation>
            <numerusform>{count} hallazgo, {repairable} con reparación. No se ha modificado nada: marque las reparaciones que desea hacer y elija Reparar.</numerusform>
            <numerusform>{count} hallazgos, {repairable} con reparación. No se ha modificado nada: marque las reparaciones que desea hacer y elija Reparar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} repair(s) made.</source>
        <translation>
            <numerusform>{count} reparación hecha.</numerusform>
            <numerusform>{count} reparaciones hechas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Guardar mis cambios sobre los suyos</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Addressees</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Designado el</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Finalizó el</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocolo sobre Armas de Fuego</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Language agreement</source>
        <translation>Acuerdo sobre los idiomas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Protocol status since</source>
        <translation>Situación respecto del Protocolo desde</translation>
    </message>
    <message>
        <source>Protocol status source</source>
        <translation>Fuente de la situación respecto del Protocolo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Grupo de examen</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>Estado examinador</translation>
    </message>
    <message>
        <source>Reviewing States</source>
        <translation>Estados examinadores</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>Self-assessment progress</source>
        <translation>Avance de la autoevaluación</translation>
    </message>
    <message>
        <source>Self-assessment submitted on</source>
        <translation>Autoevaluación presentada el</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Documento de origen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>Etapa desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subsection heading</source>
        <translation>Título de la subsección</translation>
    </message>
    <message>
        <source>Suspended because</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Two-letter code</source>
        <translation>Código de dos letras</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Actualizado el</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirada el</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>A State reviewing itself</source>
        <translation>Un Estado que se examina a sí mismo</translation>
    </message>
    <message>
        <source>A State with more than one active focal point</source>
        <translation>Un Estado con más de un punto focal activo</translation>
    </message>
    <message>
        <source>A designation ending before it began</source>
        <translation>Una designación que termina antes de empezar</translation>
    </message>
    <message>
        <source>A link to a recommendation or State that does not exist</source>
        <translation>Un vínculo con una recomendación o un Estado que no existe</translation>
    </message>
    <message>
        <source>A self-assessment submitted on a date in the future</source>
        <translation>Una autoevaluación presentada en una fecha futura</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adición</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>Estados de África</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>An assistance request dated in the future</source>
        <translation>Una solicitud de asistencia con fecha futura</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>Estados de Asia y el Pacífico</translation>
    </message>
    <message>
        <source>Background paper</source>
        <translation>Documento de antecedentes</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Datos incluidos</translation>
    </message>
    <message>
        <source>Chair&apos;s summary</source>
        <translation>Resumen de la Presidencia</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluido</translation>
    </message>
    <message>
        <source>Conference resolution</source>
        <translation>Resolución de la Conferencia</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>Redacción de observaciones</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>Estados de Europa Oriental</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Firearms contact point</source>
        <translation>Punto de contacto para armas de fuego</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Focal point designated</source>
        <translation>Designación del punto focal</translation>
    </message>
    <message>
        <source>Focal point overdue</source>
        <translation>Designación del punto focal vencida</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Governmental expert</source>
        <translation>Experto gubernamental</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>Estados de América Latina y el Caribe</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Legislación</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>Lista de observaciones</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>Edición local</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>No regional group</source>
        <translation>Sin grupo regional</translation>
    </message>
    <message>
        <source>Non-signatory</source>
        <translation>No signatario</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>Consulta preliminar</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Review stage differing from its latest stage change</source>
        <translation>Etapa de un examen distinta de su último cambio de etapa</translation>
    </message>
    <message>
        <source>Reviewers&apos; written feedback</source>
        <translation>Comentarios por escrito de los examinadores</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Self-assessment overdue</source>
        <translation>Autoevaluación vencida</translation>
    </message>
    <message>
        <source>Self-assessment progress outside 0–100%</source>
        <translation>Avance de la autoevaluación fuera de 0–100 %</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation>Cuestionario de autoevaluación</translation>
    </message>
    <message>
        <source>Self-assessment submitted</source>
        <translation>Presentación de la autoevaluación</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatario</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>States parties to the Protocol</source>
        <translation>Estados partes en el Protocolo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Suspension reason on a review that is not suspended</source>
        <translation>Motivo de suspensión en un examen que no está suspendido</translation>
    </message>
    <message>
        <source>The Conference of the Parties</source>
        <translation>La Conferencia de las Partes</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>La Secretaría</translation>
    </message>
    <message>
        <source>The Working Group</source>
        <translation>El Grupo de Trabajo</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>No divulgado</translation>
    </message>
    <message>
        <source>Using RevMod</source>
        <translation>Uso de RevMod</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>Estados de Europa Occidental y otros Estados</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>Informe del Grupo de Trabajo</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>Comentarios por escrito</translation>
    </message>
    <message>
        <source>Written feedback overdue</source>
        <translation>Comentarios por escrito vencidos</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>
  … and {count} more</source>
        <translation>
            <numerusform>
  … y {count} más</numerusform>
            <numerusform>
  … y {count} más</numerusform>
        </translation>
    </message>
    <message>
        <source>  {item}</source>
        <translation>  {item}</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a cell reference</source>
        <translation>“{reference}” no es una referencia de celda</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a boolean (0 or 1)</source>
        <translation>“{text}” no es un valor booleano (0 o 1)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a row number</source>
        <translation>“{text}” no es un número de fila</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a style number</source>
        <translation>“{text}” no es un número de estilo</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not the number of a shared string</source>
        <translation>“{text}” no es el número de una cadena compartida</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a catalogue code such as WG8-R12</source>
        <translation>“{value}” no es un código del catálogo como WG8-R12</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>“{value}” no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time with its time zone (RFC 3339: 2022-05-05T09:00:00Z)</source>
        <translation>“{value}” no es una fecha y hora con su zona horaria (RFC 3339: 2022-05-05T09:00:00Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}” no es un número</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>“{value}” no es un número de teléfono</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . /)</source>
        <translation>“{value}” no es un número de teléfono (dígitos, espacios, + ( ) - . /)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a source code (letters, digits and &apos;.&apos;, at most 16, such as WG9)</source>
        <translation>&apos;{value}&apos; no es un código de fuente (letras, cifras y &apos;.&apos;, como máximo 16, p. ej. WG9)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>“{value}” no es un número entero</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 alpha-3 code (three capital letters A-Z)</source>
        <translation>“{value}” no es un código ISO 3166 alfa-3 (tres letras mayúsculas A-Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>“{value}” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {values}</source>
        <translation>“{value}” no es ninguno de estos valores: {values}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false</source>
        <translation>“{value}” no es verdadero ni falso</translation>
    </message>
    <message>
        <source>--name {name}: give a plain file name, without a folder</source>
        <translation>--name {name}: indique un nombre de archivo simple, sin carpeta</translation>
    </message>
    <message>
        <source>Choose a State by its name or ISO3 code.</source>
        <translation>Elija un Estado por su nombre o su código ISO3.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmada</translation>
    </message>
    <message>
        <source>Signed by an unknown key {key_id}: not in your trusted keys</source>
        <translation>Firmada con una clave desconocida {key_id}: no está entre sus claves de confianza</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key_id})</source>
        <translation>Firmada por {signer} (clave {key_id})</translation>
    </message>
    <message>
        <source>The folder cannot be checked against its signature: {problem}</source>
        <translation>No se puede comprobar la carpeta con su firma: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered after signing, or the signature is damaged</source>
        <translation>La firma no corresponde al archivo: este se modificó después de firmarse, o la firma está dañada</translation>
    </message>
    <message>
        <source>The signature file is not valid: {problem}</source>
        <translation>El archivo de firma no es válido: {problem}</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding</source>
        <translation>XML con una codificación no admitida</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding ({encoding})</source>
        <translation>XML con una codificación no admitida ({encoding})</translation>
    </message>
    <message>
        <source>XML with a document type or entity declarations (refused: entity attacks)</source>
        <translation>XML con una declaración de tipo de documento o de entidades (rechazado: ataques de entidades)</translation>
    </message>
    <message>
        <source>a State cannot review itself</source>
        <translation>un Estado no puede examinarse a sí mismo</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>a cell of unknown type &apos;{kind}&apos;</source>
        <translation>una celda de tipo desconocido “{kind}”</translation>
    </message>
    <message>
        <source>a cell that cannot be read: {reason}</source>
        <translation>una celda que no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a file name holding a line break cannot be signed or read</source>
        <translation>un nombre de archivo que contiene un salto de línea no se puede firmar ni leer</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>un archivo de clave</translation>
    </message>
    <message>
        <source>a key of {table} has exactly the columns {columns}</source>
        <translation>una clave de {table} tiene exactamente las columnas {columns}</translation>
    </message>
    <message>
        <source>a link of {iso3} to the missing recommendation #{id}</source>
        <translation>un vínculo de {iso3} con la recomendación inexistente n.º {id}</translation>
    </message>
    <message>
        <source>a name emptied (it was “{old}”)</source>
        <translation>un nombre vaciado (era «{old}»)</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>se requiere un nombre</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a new catalogue item needs its {column}</source>
        <translation>un elemento nuevo del catálogo necesita su {column}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>un archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>a reviewing State is named twice</source>
        <translation>un Estado examinador figura dos veces</translation>
    </message>
    <message>
        <source>a row beyond row {row}</source>
        <translation>una fila posterior a la fila {row}</translation>
    </message>
    <message>
        <source>a row must be an object {{…}}, not {kind}</source>
        <translation>un registro debe ser un objeto {{…}}, no {kind}</translation>
    </message>
    <message>
        <source>a row that cannot be read: {reason}</source>
        <translation>una fila que no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>a second file for {table} ({other})</source>
        <translation>un segundo archivo para {table} ({other})</translation>
    </message>
    <message>
        <source>a second sheet for {table} ({other})</source>
        <translation>una segunda hoja para {table} ({other})</translation>
    </message>
    <message>
        <source>a single CSV file is not an update: put manifest.csv and the &lt;table&gt;.csv files in a folder or a ZIP archive</source>
        <translation>un solo archivo CSV no es una actualización: ponga manifest.csv y los archivos &lt;table&gt;.csv en una carpeta o en un archivo ZIP</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a value in column {column}, which has no name in the header row</source>
        <translation>un valor en la columna {column}, que no tiene nombre en la fila de encabezado</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>se requiere un valor</translation>
    </message>
    <message>
        <source>a value with no key</source>
        <translation>un valor sin clave</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>un libro XLSX</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an assistance request of {iso3} dated {on}</source>
        <translation>una solicitud de asistencia de {iso3} con fecha {on}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an update file</source>
        <translation>un archivo de actualización</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>cannot connect to the database server {database}: it may not be running, its address may be wrong, or it refused the user name or password. Nothing was changed. The server said: {reason}</source>
        <translation>no se puede conectar con el servidor de base de datos {database}: puede que no esté en marcha, que su dirección sea errónea o que haya rechazado el nombre de usuario o la contraseña. No se ha cambiado nada. El servidor dijo: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: a file of that name exists</source>
        <translation>no se puede escribir la carpeta CSV {path}: existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: it holds other files than CSV files; choose a new or empty folder</source>
        <translation>no se puede escribir la carpeta CSV {path}: contiene archivos que no son CSV; elija una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>no se puede escribir {path}: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>choose a review group or a regional group, not both</source>
        <translation>elija un grupo de examen o un grupo regional, no ambos</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>compressed {ratio} to 1 (at most {most} to 1): refused as a possible zip bomb</source>
        <translation>comprimido {ratio} a 1 (como máximo {most} a 1): se rechaza por ser una posible bomba de descompresión</translation>
    </message>
    <message>
        <source>conflict with a local change of {row}: decide keep mine or take the incoming value</source>
        <translation>conflicto con un cambio local de {row}: decida si conserva su valor o toma el valor entrante</translation>
    </message>
    <message>
        <source>conflicts with local changes: choose with --prefer local|incoming</source>
        <translation>conflictos con cambios locales: elija con --prefer local|incoming</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>la carpeta de datos</translation>
    </message>
    <message>
        <source>end the designation on {on}, the day it began</source>
        <translation>finalizar la designación el {on}, el día en que comenzó</translation>
    </message>
    <message>
        <source>expected a list (&apos;{separator}&apos;-separated in a cell)</source>
        <translation>se esperaba una lista (valores separados por “{separator}” en una celda)</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>se esperaba un número; se encontró {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>se esperaba texto; se encontró {found}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>campo {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>it is empty, unreadable or larger than {most} bytes</source>
        <translation>
            <numerusform>está vacía, es ilegible o supera {most} byte</numerusform>
            <numerusform>está vacía, es ilegible o supera {most} bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not UTF-8 JSON</source>
        <translation>no es JSON en UTF-8</translation>
    </message>
    <message>
        <source>it must hold a JSON object</source>
        <translation>debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>elemento {item}</translation>
    </message>
    <message>
        <source>keep the focal point you choose active, and end the others&apos; designations on the day it began</source>
        <translation>mantener activo el punto focal que elija y finalizar las designaciones de los demás el día en que comenzó la suya</translation>
    </message>
    <message>
        <source>key {key_id} is trusted through the settings ({source}); remove it from trusted_keys there</source>
        <translation>la clave {key_id} se considera de confianza en la configuración ({source}); quítela de trusted_keys allí</translation>
    </message>
    <message>
        <source>key_id {found} is not 16 hexadecimal digits</source>
        <translation>key_id {found} no tiene 16 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>letters turned into question marks (“{old}” → “{new}”): was the file saved in another encoding than UTF-8?</source>
        <translation>letras convertidas en signos de interrogación («{old}» → «{new}»): ¿se guardó el archivo con una codificación distinta de UTF-8?</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>more lines are not UTF-8 text (not all shown)</source>
        <translation>hay más líneas que no son texto UTF-8 (no se muestran todas)</translation>
    </message>
    <message numerus="yes">
        <source>more than {count} columns</source>
        <translation>
            <numerusform>más de {count} columna</numerusform>
            <numerusform>más de {count} columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} lines</source>
        <translation>
            <numerusform>más de {count} línea</numerusform>
            <numerusform>más de {count} líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} rows</source>
        <translation>
            <numerusform>más de {count} registro</numerusform>
            <numerusform>más de {count} registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {most} files in the folder</source>
        <translation>
            <numerusform>más de {most} archivo en la carpeta</numerusform>
            <numerusform>más de {most} archivos en la carpeta</numerusform>
        </translation>
    </message>
    <message>
        <source>must be &apos;{format}&apos;</source>
        <translation>debe ser “{format}”</translation>
    </message>
    <message>
        <source>must be an array of rows, not {kind}</source>
        <translation>debe ser una matriz de registros, no {kind}</translation>
    </message>
    <message>
        <source>no State is under review in review group {group}</source>
        <translation>ningún Estado está siendo examinado en el grupo de examen {group}</translation>
    </message>
    <message>
        <source>no assistance request with id {id}</source>
        <translation>no hay ninguna solicitud de asistencia con el identificador {id}</translation>
    </message>
    <message>
        <source>no assistance request with key &apos;{key}&apos;</source>
        <translation>no hay ninguna solicitud de asistencia con la clave “{key}”</translation>
    </message>
    <message>
        <source>no focal point with id {id}</source>
        <translation>no hay ningún punto focal con el identificador {id}</translation>
    </message>
    <message>
        <source>no focal point with key &apos;{key}&apos;</source>
        <translation>no hay ningún punto focal con la clave “{key}”</translation>
    </message>
    <message>
        <source>no review with id {id}</source>
        <translation>no hay ningún examen con el identificador {id}</translation>
    </message>
    <message>
        <source>no sheet &apos;{sheet}&apos; (the update&apos;s header: columns {columns})</source>
        <translation>no hay ninguna hoja “{sheet}” (el encabezado de la actualización: columnas {columns})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>no such review (state, group, cluster)</source>
        <translation>no existe ese examen (Estado, grupo, grupo temático)</translation>
    </message>
    <message>
        <source>no trusted key {key}; `fwgdesk keys list` shows them</source>
        <translation>no hay ninguna clave de confianza {key}; `fwgdesk keys list` las muestra</translation>
    </message>
    <message>
        <source>no {file} (the update&apos;s header: columns {columns})</source>
        <translation>no hay ningún {file} (el encabezado de la actualización: columnas {columns})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not ISO 639-1 codes: {codes}</source>
        <translation>no son códigos ISO 639-1: {codes}</translation>
    </message>
    <message>
        <source>not ISO 639-1 language codes (two small letters a-z): {codes}</source>
        <translation>no son códigos de idioma ISO 639-1 (dos letras minúsculas a-z): {codes}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>no es texto UTF-8 (byte 0x{byte}); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text: the file holds NUL bytes; save it as UTF-8</source>
        <translation>no es texto UTF-8: el archivo contiene bytes NUL; guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({reason})</source>
        <translation>no es un libro XLSX legible ({reason})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not an XLSX workbook (an XLSX file is a ZIP archive; this is not one)</source>
        <translation>no es un libro XLSX (un archivo XLSX es un archivo ZIP, y este no lo es)</translation>
    </message>
    <message>
        <source>not an update file: an update is a .json file, an .xlsx workbook, or CSV files in a folder or a .zip</source>
        <translation>no es un archivo de actualización: una actualización es un archivo .json, un libro .xlsx o archivos CSV en una carpeta o en un .zip</translation>
    </message>
    <message>
        <source>not theme codes (small letters, digits and _): {codes}</source>
        <translation>no son códigos de tema (minúsculas, cifras y _): {codes}</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>CSV no válido ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON no válido: anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>JSON no válido: {reason} (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated (no ZIP directory found)</source>
        <translation>no es {what} válido: está dañado o truncado (no se encontró el directorio ZIP)</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated ({reason})</source>
        <translation>no es {what} válido: está dañado o truncado ({reason})</translation>
    </message>
    <message>
        <source>put the review at its latest recorded stage change: {stage} since {on}</source>
        <translation>poner el examen en su último cambio de etapa registrado: {stage} desde el {on}</translation>
    </message>
    <message>
        <source>record the missing stage change to {stage} on {on}</source>
        <translation>registrar el cambio de etapa que falta a {stage} el {on}</translation>
    </message>
    <message>
        <source>remove the link</source>
        <translation>eliminar el vínculo</translation>
    </message>
    <message>
        <source>remove the suspension reason “{reason}”</source>
        <translation>eliminar el motivo de suspensión “{reason}”</translation>
    </message>
    <message>
        <source>remove {iso3} from its own reviewers</source>
        <translation>quitar a {iso3} de sus propios examinadores</translation>
    </message>
    <message>
        <source>say which data to export: --state ISO3 (repeatable) or --all</source>
        <translation>indique qué datos exportar: --state ISO3 (repetible) o --all</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <source>sequence {sequence} of {publisher} is not above the last one applied ({last}): an older or repeated update</source>
        <translation>el n.º de secuencia {sequence} de {publisher} no es superior al último aplicado ({last}): una actualización más antigua o repetida</translation>
    </message>
    <message>
        <source>set the progress to {value}</source>
        <translation>fijar el avance en {value}</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>el archivo de configuración</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>falta la cadena compartida {index}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>signature policy for {outcome}: {value} is not accept, confirm or refuse</source>
        <translation>política de firma para {outcome}: {value} no es accept, confirm ni refuse</translation>
    </message>
    <message>
        <source>skipped (from the settings): {problem}</source>
        <translation>omitida (de la configuración): {problem}</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>omitida: {problem}</translation>
    </message>
    <message>
        <source>someone else changed the same data while this change was being saved; nothing was saved. Look at the data again and repeat the change.</source>
        <translation>otra persona modificó los mismos datos mientras se guardaba este cambio; no se ha guardado nada. Vuelva a consultar los datos y repita el cambio.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>tabla {table}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message numerus="yes">
        <source>text longer than {most} characters</source>
        <translation>
            <numerusform>texto de más de {most} carácter</numerusform>
            <numerusform>texto de más de {most} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>ese archivo es la propia base de datos</translation>
    </message>
    <message>
        <source>the State {code} cannot be deleted while {rows} refer to it; delete them in the same update first</source>
        <translation>no se puede eliminar el Estado {code} mientras {rows} remitan a él; elimínelas primero en la misma actualización</translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV files</source>
        <translation>el archivo ZIP no contiene ningún archivo CSV</translation>
    </message>
    <message>
        <source>the algorithm is {found}, not &quot;{expected}&quot;</source>
        <translation>el algoritmo es {found}, no “{expected}”</translation>
    </message>
    <message>
        <source>the archive unpacks to {size} (at most {most} for {what}): refused as a possible zip bomb</source>
        <translation>el archivo se descomprime en {size} (como máximo {most} para {what}): se rechaza por ser una posible bomba de descompresión</translation>
    </message>
    <message>
        <source>the cluster is 1 to 4</source>
        <translation>el grupo temático va de 1 a 4</translation>
    </message>
    <message>
        <source>the code {code} does not begin with its source&apos;s code {source}</source>
        <translation>el código {code} no empieza por el código de su fuente {source}</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>la columna aparece más de una vez</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>the connection to the database server {database} was lost: nothing was saved. Try again once the server runs.</source>
        <translation>se perdió la conexión con el servidor de base de datos {database}: no se ha guardado nada. Inténtelo de nuevo cuando el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {reason}</source>
        <translation>no se pudo hacer la copia de seguridad diaria: {reason}</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason})</source>
        <translation>no se pudo actualizar la base de datos ({reason})</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason}); it was restored from the backup made before.</source>
        <translation>no se pudo actualizar la base de datos ({reason}); se restauró a partir de la copia de seguridad hecha antes.</translation>
    </message>
    <message>
        <source>the database on the server {database} was opened without a data folder to keep its backups in</source>
        <translation>la base de datos del servidor {database} se abrió sin una carpeta de datos donde guardar sus copias de seguridad</translation>
    </message>
    <message>
        <source>the database refused the update: {reason}</source>
        <translation>la base de datos rechazó la actualización: {reason}</translation>
    </message>
    <message>
        <source>the database role you use on {database} may not make this change (it may read only); nothing was changed. Ask the database&apos;s owner for an editor&apos;s role.</source>
        <translation>el rol de base de datos que usa en {database} no puede hacer este cambio (quizá solo pueda leer); no se ha cambiado nada. Pida al propietario de la base de datos un rol de editor.</translation>
    </message>
    <message>
        <source>the database server {database} refused the user name or password: check them in Settings, or in --database. Nothing was changed.</source>
        <translation>el servidor de base de datos {database} rechazó el nombre de usuario o la contraseña: compruébelos en Configuración o en --database. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the database {database} cannot be written (the file or its folder is read-only); nothing was changed. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>no se puede escribir en la base de datos {database} (el archivo o su carpeta son de solo lectura); no se ha modificado nada. Elija otra carpeta de datos en la Configuración, o inicie fwgdesk con --data-dir.</translation>
    </message>
    <message>
        <source>the database {database} is being used by another program (another fwgdesk window, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>otro programa está usando la base de datos {database} (¿otra ventana de fwgdesk, una herramienta de copia de seguridad o de sincronización?). Ciérrelo y vuelva a intentarlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>the database {database} was upgraded by a newer version of fwgdesk (schema {revision}); this one knows schema {ours}: install the newer version</source>
        <translation>la base de datos {database} fue actualizada por una versión más reciente de fwgdesk (esquema {revision}); esta conoce el esquema {ours}: instale la versión más reciente</translation>
    </message>
    <message>
        <source>the date is before the last stage change ({latest})</source>
        <translation>la fecha es anterior al último cambio de etapa ({latest})</translation>
    </message>
    <message>
        <source>the designation of {name} ({iso3})</source>
        <translation>la designación de {name} ({iso3})</translation>
    </message>
    <message>
        <source>the designation of {name} would end on {ended_on}, before it began on {designated_on}</source>
        <translation>la designación de {name} finalizaría el {ended_on}, antes de comenzar el {designated_on}</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: the {what} {path} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>el disco que contiene {folder} está lleno: no se pudo escribir {what} {path} y no se ha modificado nada. Libere espacio en ese disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the disk holding {place} is full: the database {database} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>el disco que contiene {place} está lleno: no se pudo escribir en la base de datos {database} y no se ha modificado nada. Libere espacio en ese disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the end date is before the designation date</source>
        <translation>la fecha de finalización es anterior a la fecha de designación</translation>
    </message>
    <message>
        <source>the end date {until} is before the start date {since}</source>
        <translation>la fecha de finalización {until} es anterior a la fecha de inicio {since}</translation>
    </message>
    <message>
        <source>the entry is damaged ({reason})</source>
        <translation>la entrada está dañada ({reason})</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>la entrada está cifrada</translation>
    </message>
    <message>
        <source>the entry unpacks to more than its header declares</source>
        <translation>la entrada se descomprime en más de lo que declara su encabezado</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>el archivo es texto UTF-16; guárdelo como UTF-8 (en Excel: CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is too large ({size}; an update may be at most {cap})</source>
        <translation>el archivo es demasiado grande ({size}; una actualización puede tener como máximo {cap})</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{…}}, not {kind}</source>
        <translation>el archivo debe contener un único objeto JSON {{…}}, no {kind}</translation>
    </message>
    <message>
        <source>the first row of the manifest must name its two columns: {columns}</source>
        <translation>la primera fila del manifiesto debe indicar el nombre de sus dos columnas: {columns}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>no se puede leer la carpeta ({reason})</translation>
    </message>
    <message>
        <source>the folder holds no CSV files (manifest.csv and &lt;table&gt;.csv)</source>
        <translation>la carpeta no contiene ningún archivo CSV (manifest.csv y &lt;table&gt;.csv)</translation>
    </message>
    <message>
        <source>the folder holds too many CSV files (at most {most})</source>
        <translation>la carpeta contiene demasiados archivos CSV (como máximo {most})</translation>
    </message>
    <message>
        <source>the item {code} belongs to the source {old}: an update cannot move it to {new}</source>
        <translation>el elemento {code} pertenece a la fuente {old}: una actualización no puede trasladarlo a {new}</translation>
    </message>
    <message numerus="yes">
        <source>the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of deleting it</source>
        <translation>
            <numerusform>el elemento {code} está vinculado a {count} Estado: retírelo (withdrawn_on) en lugar de eliminarlo</numerusform>
            <numerusform>el elemento {code} está vinculado a {count} Estados: retírelo (withdrawn_on) en lugar de eliminarlo</numerusform>
        </translation>
    </message>
    <message>
        <source>the key ({key}) appears more than once</source>
        <translation>la clave ({key}) aparece más de una vez</translation>
    </message>
    <message>
        <source>the key appears more than once</source>
        <translation>la clave aparece más de una vez</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>la clave aparece dos veces</translation>
    </message>
    <message>
        <source>the key index</source>
        <translation>el índice de claves</translation>
    </message>
    <message>
        <source>the key is not valid JSON ({reason})</source>
        <translation>la clave no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>the key must be a JSON object or &apos;name=value;name=value&apos;</source>
        <translation>la clave debe ser un objeto JSON o “name=value;name=value”</translation>
    </message>
    <message>
        <source>the key {key_id} signs the updates of {owner}, not of {publisher}</source>
        <translation>la clave {key_id} firma las actualizaciones de {owner}, no las de {publisher}</translation>
    </message>
    <message>
        <source>the link of {code} to {state}</source>
        <translation>el vínculo de {code} con {state}</translation>
    </message>
    <message>
        <source>the list names an item twice</source>
        <translation>la lista nombra un elemento dos veces</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>el manifiesto está vacío</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; appears more than once</source>
        <translation>el nombre “{name}” aparece más de una vez</translation>
    </message>
    <message>
        <source>the name of a trusted key cannot be empty</source>
        <translation>el nombre de una clave de confianza no puede estar vacío</translation>
    </message>
    <message numerus="yes">
        <source>the name of a trusted key is limited to {most} characters</source>
        <translation>
            <numerusform>el nombre de una clave de confianza está limitado a {most} carácter</numerusform>
            <numerusform>el nombre de una clave de confianza está limitado a {most} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>the part {part} is missing</source>
        <translation>falta la parte {part}</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la frase de contraseña está vacía</translation>
    </message>
    <message>
        <source>the person #{id}</source>
        <translation>la persona n.º {id}</translation>
    </message>
    <message>
        <source>the private and the public key need two different files</source>
        <translation>la clave privada y la clave pública necesitan dos archivos distintos</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s progress is a share from 0 to 1</source>
        <translation>el avance del cuestionario es una proporción de 0 a 1</translation>
    </message>
    <message>
        <source>the request for assistance with {topic} of {on} ({state})</source>
        <translation>la solicitud de asistencia «{topic}» del {on} ({state})</translation>
    </message>
    <message>
        <source>the review #{id}</source>
        <translation>el examen n.º {id}</translation>
    </message>
    <message>
        <source>the review group is 1, 2 or 3</source>
        <translation>el grupo de examen es 1, 2 o 3</translation>
    </message>
    <message>
        <source>the review is already at {stage}</source>
        <translation>el examen ya está en la etapa {stage}</translation>
    </message>
    <message>
        <source>the review of {state}, group {group}, cluster {cluster}</source>
        <translation>el examen de {state}, grupo {group}, grupo temático {cluster}</translation>
    </message>
    <message>
        <source>the review would be at this stage since {on}, before its latest stage change ({stage} on {latest_on}); give a later date, or delete that stage change in the same update</source>
        <translation>el examen estaría en esta etapa desde el {on}, antes de su último cambio de etapa ({stage} el {latest_on}); indique una fecha posterior, o elimine ese cambio de etapa en la misma actualización</translation>
    </message>
    <message>
        <source>the review {review}</source>
        <translation>el examen {review}</translation>
    </message>
    <message>
        <source>the review {review} is not suspended, but would keep a reason for a suspension</source>
        <translation>el examen {review} no está suspendido, pero conservaría un motivo de suspensión</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since} with no stage change recorded</source>
        <translation>el examen {review} estaría en la etapa {stage} desde el {since} sin ningún cambio de etapa registrado</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since}, but its latest stage change is to {latest_stage} on {latest_on}</source>
        <translation>el examen {review} estaría en la etapa {stage} desde el {since}, pero su último cambio de etapa es a {latest_stage} el {latest_on}</translation>
    </message>
    <message>
        <source>the review {review}: self-assessment submitted on {on}</source>
        <translation>el examen {review}: autoevaluación presentada el {on}</translation>
    </message>
    <message>
        <source>the schema of {database} is changed only by its owner role ({owner}); you connect as {role}. Ask the owner to run `fwgdesk db upgrade`; nothing was changed.</source>
        <translation>el esquema de {database} solo lo modifica su rol propietario ({owner}); usted se conecta como {role}. Pida al propietario que ejecute `fwgdesk db upgrade`; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the search text is empty</source>
        <translation>el texto de búsqueda está vacío</translation>
    </message>
    <message>
        <source>the self-assessment progress of the review {review} would be {value}, outside 0 to 1</source>
        <translation>el avance de la autoevaluación del examen {review} sería {value}, fuera del intervalo de 0 a 1</translation>
    </message>
    <message>
        <source>the server of {database}</source>
        <translation>el servidor de {database}</translation>
    </message>
    <message>
        <source>the shared database {database} has schema {revision}; this version of fwgdesk needs schema {ours}. Everyone using it must then use this version: upgrade it with `fwgdesk db upgrade`, or ask its owner.</source>
        <translation>la base de datos compartida {database} tiene el esquema {revision}; esta versión de fwgdesk necesita el esquema {ours}. Después, todas las personas que la usen deberán usar esta versión: actualícela con `fwgdesk db upgrade` o pídalo a su propietario.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part (no relationship &apos;{relationship}&apos;)</source>
        <translation>la hoja “{sheet}” no tiene ninguna parte (no hay relación “{relationship}”)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part ({part})</source>
        <translation>la hoja “{sheet}” no tiene ninguna parte ({part})</translation>
    </message>
    <message numerus="yes">
        <source>the signature has {count} bytes; an Ed25519 signature has {expected}</source>
        <translation>
            <numerusform>la firma tiene {count} byte; una firma Ed25519 tiene {expected}</numerusform>
            <numerusform>la firma tiene {count} bytes; una firma Ed25519 tiene {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>the signature is missing or not text</source>
        <translation>la firma falta o no es texto</translation>
    </message>
    <message>
        <source>the signature is not valid base64</source>
        <translation>la firma no es base64 válido</translation>
    </message>
    <message numerus="yes">
        <source>the source {code} still has {count} catalogue item(s): delete or move them first</source>
        <translation>
            <numerusform>la fuente {code} aún tiene {count} elemento del catálogo: elimínelo o muévalo primero</numerusform>
            <numerusform>la fuente {code} aún tiene {count} elementos del catálogo: elimínelos o muévalos primero</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode</source>
        <translation>el texto contiene un sustituto sin pareja (U+D800 a U+DFFF): no es Unicode válido</translation>
    </message>
    <message>
        <source>the text holds control characters</source>
        <translation>el texto contiene caracteres de control</translation>
    </message>
    <message>
        <source>the update both writes and deletes this {table} row</source>
        <translation>la actualización escribe y elimina a la vez este registro de {table}</translation>
    </message>
    <message>
        <source>the update deletes the State &apos;{code}&apos;</source>
        <translation>la actualización elimina el Estado “{code}”</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}: {signature}</source>
        <translation>la actualización dice proceder de {publisher}, cuyas actualizaciones se firman con la clave {keys}: {signature}</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}; it is signed with another key</source>
        <translation>la actualización dice proceder de {publisher}, cuyas actualizaciones se firman con la clave {keys}; está firmada con otra clave</translation>
    </message>
    <message numerus="yes">
        <source>the update was refused, {count} problem(s):
{problems}{more}</source>
        <translation>
            <numerusform>se rechazó la actualización, {count} problema:
{problems}{more}</numerusform>
            <numerusform>se rechazó la actualización, {count} problemas:
{problems}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>the update would break a rule: {problem}</source>
        <translation>la actualización infringiría una regla: {problem}</translation>
    </message>
    <message>
        <source>the {what} {path} cannot be written: the folder {folder} or the {what} is read-only; nothing was changed. Choose another folder.</source>
        <translation>no se puede escribir {what} {path}: la carpeta {folder} o {what} son de solo lectura; no se ha modificado nada. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>the {what} {path} is open in another program (a spreadsheet, a PDF viewer, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>otro programa está usando {what} {path} (¿una hoja de cálculo, un visor de PDF, una herramienta de copia de seguridad o de sincronización?). Ciérrelo y vuelva a intentarlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>no hay ninguna importación que deshacer</translation>
    </message>
    <message>
        <source>these stage changes would leave the review {review} at {stage} while its latest stage change is to {latest}; give the review&apos;s new stage in the table reviews too</source>
        <translation>estos cambios de etapa dejarían el examen {review} en {stage}, mientras que su último cambio de etapa es a {latest}; indique también la nueva etapa del examen en la tabla reviews</translation>
    </message>
    <message>
        <source>this column cannot be emptied: give a value, or leave the column out to keep the current one</source>
        <translation>esta columna no se puede vaciar: indique un valor u omita la columna para conservar el actual</translation>
    </message>
    <message>
        <source>too many entries for {what} (at most {most})</source>
        <translation>demasiadas entradas para {what} (como máximo {most})</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos;</source>
        <translation>Estado desconocido “{iso3}”</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos; (an ISO 3166 alpha-3 code)</source>
        <translation>Estado desconocido “{iso3}” (un código ISO 3166 alfa-3)</translation>
    </message>
    <message>
        <source>unknown State code &apos;{code}&apos;</source>
        <translation>código de Estado desconocido “{code}”</translation>
    </message>
    <message>
        <source>unknown State codes: {codes}</source>
        <translation>códigos de Estado desconocidos: {codes}</translation>
    </message>
    <message>
        <source>unknown States: {codes}</source>
        <translation>Estados desconocidos: {codes}</translation>
    </message>
    <message>
        <source>unknown catalogue code &apos;{code}&apos;</source>
        <translation>código del catálogo desconocido “{code}”</translation>
    </message>
    <message>
        <source>unknown catalogue codes: {codes}</source>
        <translation>códigos del catálogo desconocidos: {codes}</translation>
    </message>
    <message>
        <source>unknown choice &apos;{keep}&apos; for what to keep of removed people (one of: {choices})</source>
        <translation>opción desconocida “{keep}” sobre qué conservar de las personas retiradas (opciones: {choices})</translation>
    </message>
    <message>
        <source>unknown column of {table}</source>
        <translation>columna desconocida de {table}</translation>
    </message>
    <message>
        <source>unknown format &apos;{container}&apos; (one of: {containers})</source>
        <translation>formato desconocido “{container}” (formatos: {containers})</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (one of: {formats})</source>
        <translation>formato desconocido “{fmt}” (formatos: {formats})</translation>
    </message>
    <message>
        <source>unknown key (not part of the update format)</source>
        <translation>clave desconocida (no forma parte del formato de actualización)</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: choose one of {known}</source>
        <translation>idioma desconocido “{language}”: elija uno de estos: {known}</translation>
    </message>
    <message>
        <source>unknown manifest key (the keys are: {keys})</source>
        <translation>clave del manifiesto desconocida (las claves son: {keys})</translation>
    </message>
    <message>
        <source>unknown regional group &apos;{region}&apos;: choose one of {known}</source>
        <translation>grupo regional desconocido “{region}”: elija uno de estos: {known}</translation>
    </message>
    <message>
        <source>unknown source document &apos;{code}&apos;: it must be in the database or in this update</source>
        <translation>documento de origen desconocido &apos;{code}&apos;: debe estar en la base de datos o en esta actualización</translation>
    </message>
    <message>
        <source>unknown table &apos;{table}&apos;</source>
        <translation>tabla desconocida “{table}”</translation>
    </message>
    <message>
        <source>unknown theme &apos;{code}&apos; (the catalogue&apos;s themes: {known})</source>
        <translation>tema desconocido &apos;{code}&apos; (temas del catálogo: {known})</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <source>unknown {kind} &apos;{value}&apos;: choose one of {known}</source>
        <translation>valor desconocido para el filtro “{kind}”: “{value}”; elija uno de estos: {known}</translation>
    </message>
    <message>
        <source>unsupported compression (method {method})</source>
        <translation>compresión no admitida (método {method})</translation>
    </message>
    <message>
        <source>version {version} is not supported (this fwgdesk reads version {supported})</source>
        <translation>la versión {version} no es compatible (esta versión de fwgdesk lee la versión {supported})</translation>
    </message>
    <message>
        <source>you connect to {database} with a role that may only read: nothing can be changed here</source>
        <translation>se conecta a {database} con un rol que solo puede leer: aquí no se puede cambiar nada</translation>
    </message>
    <message>
        <source>{change}</source>
        <translation>{change}</translation>
    </message>
    <message>
        <source>{code} is not linked to {iso3}</source>
        <translation>{code} no está vinculado a {iso3}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} byte</numerusform>
            <numerusform>{count} bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} change(s) look like damage rather than news: look at them before applying</source>
        <translation>
            <numerusform>{count} cambio parece un daño más que una novedad: revíselo antes de aplicar</numerusform>
            <numerusform>{count} cambios parecen un daño más que una novedad: revíselos antes de aplicar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} others</source>
        <translation>
            <numerusform>{count} más</numerusform>
            <numerusform>{count} más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of {table}</source>
        <translation>
            <numerusform>{count} registro de {table}</numerusform>
            <numerusform>{count} registros de {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</source>
        <translation>
            <numerusform>{count} registro apunta a registros que ya no existen ({problem}); ejecute Comprobar la base de datos (`fwgdesk db check`) para repararlo</numerusform>
            <numerusform>{count} registros apuntan a registros que ya no existen ({problem}); ejecute Comprobar la base de datos (`fwgdesk db check`) para repararlos</numerusform>
        </translation>
    </message>
    <message>
        <source>{database}: could not restore ({reason}); {kept} holds the database as it was</source>
        <translation>{database}: no se pudo restaurar ({reason}); {kept} contiene la base de datos tal como estaba</translation>
    </message>
    <message>
        <source>{database}: not a usable fwgdesk database ({reason})</source>
        <translation>{database}: no es una base de datos de fwgdesk utilizable ({reason})</translation>
    </message>
    <message>
        <source>{database}: the database failed its check: {problem}.</source>
        <translation>{database}: la base de datos no superó su comprobación: {problem}.</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{folder} is on a network share ({kind}). SQLite&apos;s write-ahead log does not work over a network: two computers writing at once can damage the database. Keep the data folder on a local disk, or let the office share one PostgreSQL database (Settings, or --database).</source>
        <translation>{folder} está en un recurso compartido de red ({kind}). El registro de escritura anticipada (write-ahead log) de SQLite no funciona en red: dos computadoras que escriben a la vez pueden dañar la base de datos. Mantenga la carpeta de datos en un disco local, o haga que la oficina comparta una única base de datos PostgreSQL (Configuración, o --database).</translation>
    </message>
    <message>
        <source>{folder}: the data folder is read-only, so fwgdesk cannot keep its database there. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>{folder}: la carpeta de datos es de solo lectura, por lo que fwgdesk no puede guardar allí su base de datos. Elija otra carpeta de datos en la Configuración, o inicie fwgdesk con --data-dir.</translation>
    </message>
    <message>
        <source>{iso3} already has a review in group {group}, cluster {cluster}</source>
        <translation>{iso3} ya tiene un examen en el grupo {group}, grupo temático {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has no review in group {group}, cluster {cluster}</source>
        <translation>{iso3} no tiene ningún examen en el grupo {group}, grupo temático {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has several active focal points: {people}</source>
        <translation>{iso3} tiene varios puntos focales activos: {people}</translation>
    </message>
    <message>
        <source>{iso3} would have more than one active focal point: {people}; end the earlier designation (ended_on) in the same update</source>
        <translation>{iso3} tendría más de un punto focal activo: {people}; finalice la designación anterior (ended_on) en la misma actualización</translation>
    </message>
    <message numerus="yes">
        <source>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</source>
        <translation>
            <numerusform>{iso3} tendría {count} coordinador activo ({names}); ponga fin primero a la designación del más antiguo</numerusform>
            <numerusform>{iso3} tendría {count} coordinadores activos ({names}); ponga fin primero a la designación del más antiguo</numerusform>
        </translation>
    </message>
    <message>
        <source>{iso3} would review itself in the review {review}</source>
        <translation>{iso3} se examinaría a sí mismo en el examen {review}</translation>
    </message>
    <message>
        <source>{key} is not a key id (16 hexadecimal digits, as `fwgdesk keys list` shows them)</source>
        <translation>{key} no es un identificador de clave (16 dígitos hexadecimales, como los muestra `fwgdesk keys list`)</translation>
    </message>
    <message>
        <source>{name} (since {since})</source>
        <translation>{name} (desde el {since})</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} no es un número JSON</translation>
    </message>
    <message>
        <source>{name} is {iso3}&apos;s active focal point (since {since}); end that designation on a date to designate another</source>
        <translation>{name} es el punto focal activo de {iso3} (desde el {since}); finalice esa designación en una fecha para designar a otro</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>{part}: XML with a document type or entity declarations</source>
        <translation>{part}: XML con una declaración de tipo de documento o de entidades</translation>
    </message>
    <message>
        <source>{part}: not well-formed XML ({reason})</source>
        <translation>{part}: XML mal formado ({reason})</translation>
    </message>
    <message>
        <source>{path} is a file: --split writes one file per State into a folder</source>
        <translation>{path} es un archivo: --split escribe un archivo por Estado en una carpeta</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf</source>
        <translation>{path} es una carpeta: indique un nombre de archivo que termine en .pdf</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf, or use --split</source>
        <translation>{path} es una carpeta: indique un nombre de archivo que termine en .pdf, o utilice --split</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a regular file: an update is read from regular files only</source>
        <translation>{path} es {kind}, no un archivo normal: una actualización solo se lee de archivos normales</translation>
    </message>
    <message>
        <source>{path}: a file name holding a line break</source>
        <translation>{path}: un nombre de archivo con un salto de línea</translation>
    </message>
    <message>
        <source>{path}: a symbolic link in a signed folder</source>
        <translation>{path}: un vínculo simbólico en una carpeta firmada</translation>
    </message>
    <message>
        <source>{path}: already exists; it is not overwritten</source>
        <translation>{path}: ya existe; no se sobrescribe</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path}: holds key {found}, not {expected}</source>
        <translation>{path}: contiene la clave {found}, no {expected}</translation>
    </message>
    <message>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: es una carpeta, no {what}</translation>
    </message>
    <message>
        <source>{path}: is a private key; trust the public key (.pub) and keep the private key secret</source>
        <translation>{path}: es una clave privada; confíe en la clave pública (.pub) y mantenga en secreto la clave privada</translation>
    </message>
    <message>
        <source>{path}: is a public key; signing needs the private key (.key)</source>
        <translation>{path}: es una clave pública; para firmar se necesita la clave privada (.key)</translation>
    </message>
    <message>
        <source>{path}: made by another version of fwgdesk (schema {revision})</source>
        <translation>{path}: creado por otra versión de fwgdesk (esquema {revision})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than {most} files</source>
        <translation>
            <numerusform>{path}: más de {most} archivo</numerusform>
            <numerusform>{path}: más de {most} archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: must hold a JSON object {{key_id: name}}</source>
        <translation>{path}: debe contener un objeto JSON {{key_id: name}}</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path}: no existe ese archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: el archivo no existe</translation>
    </message>
    <message>
        <source>{path}: not a PEM private key ({reason})</source>
        <translation>{path}: no es una clave privada PEM ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a PEM public key</source>
        <translation>{path}: no es una clave pública PEM</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite database ({reason})</source>
        <translation>{path}: no es una base de datos SQLite en buen estado ({reason})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 key; update files are signed with Ed25519</source>
        <translation>{path}: no es una clave Ed25519; los archivos de actualización se firman con Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 public key; update files are signed with Ed25519</source>
        <translation>{path}: no es una clave pública Ed25519; los archivos de actualización se firman con Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an fwgdesk database ({reason})</source>
        <translation>{path}: no es una base de datos de fwgdesk ({reason})</translation>
    </message>
    <message>
        <source>{path}: the names of the trusted keys cannot be read; fix or delete it ({reason})</source>
        <translation>{path}: no se pueden leer los nombres de las claves de confianza; corrija o elimine el archivo ({reason})</translation>
    </message>
    <message>
        <source>{path}: the output file name must end in .pdf</source>
        <translation>{path}: el nombre del archivo de salida debe terminar en .pdf</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is empty</source>
        <translation>{path}: el archivo de frase de contraseña está vacío</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is not UTF-8 text</source>
        <translation>{path}: el archivo de frase de contraseña no es texto UTF-8</translation>
    </message>
    <message>
        <source>{path}: the private key is protected by a passphrase; give it with --passphrase-file</source>
        <translation>{path}: la clave privada está protegida con una frase de contraseña; indíquela con --passphrase-file</translation>
    </message>
    <message>
        <source>{path}: the settings file cannot be read ({reason})</source>
        <translation>{path}: no se puede leer el archivo de configuración ({reason})</translation>
    </message>
    <message>
        <source>{path}: the settings file must hold a JSON object</source>
        <translation>{path}: el archivo de configuración debe contener un objeto JSON</translation>
    </message>
    <message numerus="yes">
        <source>{path}: too large for {what} (more than {most} bytes)</source>
        <translation>
            <numerusform>{path}: demasiado grande para {what} (más de {most} byte)</numerusform>
            <numerusform>{path}: demasiado grande para {what} (más de {most} bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or the key file is damaged</source>
        <translation>{path}: frase de contraseña incorrecta, o el archivo de clave está dañado</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{problem} It was restored from the backup made before.</source>
        <translation>{problem} Se restauró a partir de la copia de seguridad hecha antes.</translation>
    </message>
    <message>
        <source>{problem} No good backup was found.</source>
        <translation>{problem} No se encontró ninguna copia de seguridad válida.</translation>
    </message>
    <message>
        <source>{problem} The newest good backup is {backup}: restore it with `fwgdesk db restore {backup}`.</source>
        <translation>{problem} La copia de seguridad válida más reciente es {backup}: restáurela con `fwgdesk db restore {backup}`.</translation>
    </message>
    <message>
        <source>{row} (exists again)</source>
        <translation>{row} (existe de nuevo)</translation>
    </message>
    <message>
        <source>{signature}</source>
        <translation>{signature}</translation>
    </message>
    <message>
        <source>{signature} — confirm to import it anyway</source>
        <translation>{signature} — confirme para importarla de todos modos</translation>
    </message>
    <message>
        <source>{signature}; run with --yes to import it anyway</source>
        <translation>{signature}; ejecute el comando con --yes para importarla de todos modos</translation>
    </message>
    <message>
        <source>{size} GiB</source>
        <translation>{size} GiB</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} en {host}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} es superior a {maximum}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} es inferior a {minimum}</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; nothing was saved.
{changes}
Reload to see their change, or save yours over it.</source>
        <translation>Otra persona ha modificado {what} desde que se abrió; no se ha guardado nada.
{changes}
Vuelva a cargar para ver los cambios de la otra persona, o guarde los suyos encima.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it:
{changes}
Saving will ask whether to keep their change or save yours over it.</source>
        <translation>Otra persona modificó {what} mientras usted lo editaba:
{changes}
Al guardar se le preguntará si conserva su cambio o guarda el suyo encima.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else since you opened it; nothing was saved.</source>
        <translation>Otra persona ha eliminado {what} desde que se abrió; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else while you were editing it; it can no longer be saved.</source>
        <translation>Otra persona eliminó {what} mientras usted lo editaba; ya no se puede guardar.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>• added ({who}, {at})</source>
        <translation>• adición ({who}, {at})</translation>
    </message>
    <message>
        <source>• {field}: {old} → {new} ({who}, {at})</source>
        <translation>• {field}: {old} → {new} ({who}, {at})</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Assistance with {topic} ({state}), asked on {date}</source>
        <translation>Asistencia: {topic} ({state}), solicitada el {date}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{code} ({state})</source>
        <translation>{code} ({state})</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{name} ({state}), {role}</source>
        <translation>{name} ({state}), {role}</translation>
    </message>
    <message>
        <source>{reviewer}, reviewing {review}</source>
        <translation>{reviewer}, examinador de {review}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>{stage} on {date}: {review}</source>
        <translation>{stage} el {date}: {review}</translation>
    </message>
    <message>
        <source>{state}, group {group}, cluster {cluster}</source>
        <translation>{state}, grupo {group}, grupo temático {cluster}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Could not redo</source>
        <translation>No se pudo rehacer</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
</context>
</TS>
