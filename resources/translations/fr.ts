<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssistanceDialog</name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Demandée le :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Request technical assistance</source>
        <translation>Demander une assistance technique</translation>
    </message>
</context>
<context>
    <name>AssistanceModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>AssistancePanel</name>
    <message>
        <source>Re&amp;quest assistance…</source>
        <translation>&amp;Demander une assistance…</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message numerus="yes">
        <source>Technical assistance ({count} open)</source>
        <translation>
            <numerusform>Assistance technique ({count} demande ouverte)</numerusform>
            <numerusform>Assistance technique ({count} demandes ouvertes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>Copie de sauvegarde enregistrée sous {file}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copies de sauvegarde</translation>
    </message>
    <message>
        <source>Backups of the database, newest first, in {folder}. fwgdesk makes one each day the data changed and before every import, upgrade, restore and repair.</source>
        <translation>Copies de sauvegarde de la base de données, de la plus récente à la plus ancienne, dans {folder}. fwgdesk en fait une chaque jour où les données ont changé et avant chaque importation, mise à niveau, restauration et réparation.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Other work is still running; restore once it has ended.</source>
        <translation>Un autre travail est encore en cours ; restaurez une fois qu’il sera terminé.</translation>
    </message>
    <message>
        <source>Replace the database with the backup made on {made} ({kind})?&lt;br&gt;&lt;br&gt;The current database is kept first, as a backup “{before}”, so it can be restored in turn. Changes made after {made} will no longer show.</source>
        <translation>Remplacer la base de données par la copie de sauvegarde faite le {made} ({kind}) ?&lt;br&gt;&lt;br&gt;La base de données actuelle est d’abord conservée, comme copie « {before} », et pourra être restaurée à son tour. Les modifications faites après le {made} n’apparaîtront plus.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Restaurer une copie de sauvegarde ?</translation>
    </message>
    <message>
        <source>Restored from {file}. The database as it was is kept as {kept}.</source>
        <translation>Restaurée à partir de {file}. La base de données telle qu’elle était est conservée sous {kept}.</translation>
    </message>
    <message>
        <source>Restoring {file}…</source>
        <translation>Restauration de {file}…</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job.</source>
        <translation>La base de données est partagée sur un serveur : la sauvegarder et la restaurer incombe à l’administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before repairs</source>
        <translation>Avant les réparations</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Avant l’annulation d’une importation</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Applied</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Données intégrées</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>Modification locale</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>N° d’ordre</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>States {n}</source>
        <translation>États : {n}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée le</translation>
    </message>
    <message>
        <source>added {n}</source>
        <translation>ajoutés : {n}</translation>
    </message>
    <message>
        <source>changed {n}</source>
        <translation>modifiés : {n}</translation>
    </message>
    <message>
        <source>conflicts {n}</source>
        <translation>conflits : {n}</translation>
    </message>
    <message>
        <source>deleted {n}</source>
        <translation>supprimés : {n}</translation>
    </message>
    <message>
        <source>kept mine {n}</source>
        <translation>mes valeurs conservées : {n}</translation>
    </message>
    <message>
        <source>not signed by a trusted key</source>
        <translation>non signée par une clé de confiance</translation>
    </message>
    <message>
        <source>recommendations {n}</source>
        <translation>recommandations : {n}</translation>
    </message>
    <message>
        <source>unchanged {n}</source>
        <translation>inchangés : {n}</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Full text in</source>
        <translation>Texte intégral en</translation>
    </message>
    <message>
        <source>Protocol articles</source>
        <translation>Articles du Protocole</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Withdrawn {date}</source>
        <translation>Retirée le {date}</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <source>All Protocol articles</source>
        <translation>Tous les articles du Protocole</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>Tous les documents sources</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Article {n}</source>
        <translation>Article {n}</translation>
    </message>
    <message>
        <source>Full text in:</source>
        <translation>Texte intégral en :</translation>
    </message>
    <message numerus="yes">
        <source>Linked by {n} States</source>
        <translation>
            <numerusform>Associée par {n} État</numerusform>
            <numerusform>Associée par {n} États</numerusform>
        </translation>
    </message>
    <message>
        <source>No State links this recommendation.</source>
        <translation>Aucun État n’est associé à cette recommandation.</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>Rechercher dans les titres et les textes intégraux, en toute langue, ou un code…</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>Sélectionnez une recommandation pour lire ici son texte intégral.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message numerus="yes">
        <source>{n} of {total} items</source>
        <translation>
            <numerusform>{n} élément sur {total}</numerusform>
            <numerusform>{n} éléments sur {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>&amp;Change stage</source>
        <translation>&amp;Changer d’étape</translation>
    </message>
    <message>
        <source>&amp;New stage:</source>
        <translation>&amp;Nouvelle étape :</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Change the review&apos;s stage</source>
        <translation>Changer l’étape de l’examen</translation>
    </message>
    <message>
        <source>Current stage:</source>
        <translation>Étape actuelle :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Suspended &amp;because:</source>
        <translation>&amp;Motif de la suspension :</translation>
    </message>
    <message>
        <source>Why the review is suspended</source>
        <translation>Motif de la suspension de l’examen</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>&amp;Reload (drop my edits)</source>
        <translation>&amp;Recharger (abandonner mes modifications)</translation>
    </message>
</context>
<context>
    <name>CheckDatabaseDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <source>(to look at: not changed)</source>
        <translation>(à examiner : non modifié)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Repairing the database…</source>
        <translation>Réparation de la base de données…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity and foreign-key checks, then fwgdesk&apos;s own rules. Nothing is changed until you choose Repair: the repairs you tick are made in one go, after a backup.</source>
        <translation>Les vérifications d’intégrité et de clés étrangères de SQLite, puis les règles propres à fwgdesk. Rien n’est modifié tant que vous n’avez pas choisi Réparer : les réparations que vous cochez sont effectuées en une fois, après une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Stays active</source>
        <translation>Reste en fonction</translation>
    </message>
</context>
<context>
    <name>CountsTable</name>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Recalculer les chiffres (F5)</translation>
    </message>
    <message>
        <source>Computed from the data at {0}</source>
        <translation>Calculé à partir des données à {0}</translation>
    </message>
    <message>
        <source>Focal points by gender</source>
        <translation>Points focaux par genre</translation>
    </message>
    <message>
        <source>In brackets: the share of the participating States (focal points) or of the group&apos;s reviews (stages). A State has a focal point when at least one active person holds that role.</source>
        <translation>Entre parenthèses : la part des États participants (points focaux) ou des examens du groupe (étapes). Un État a un point focal lorsqu’au moins une personne en fonction exerce ce rôle.</translation>
    </message>
    <message>
        <source>Mechanism figures per review group</source>
        <translation>Chiffres du Mécanisme par groupe d’examen</translation>
    </message>
    <message>
        <source>No review is recorded yet. The figures appear once reviews are imported (Imports) or recorded on a State&apos;s page (States).</source>
        <translation>Aucun examen n’est encore enregistré. Les chiffres apparaissent dès que des examens sont importés (Importations) ou saisis sur la page d’un État (États).</translation>
    </message>
    <message>
        <source>Open assistance requests by topic</source>
        <translation>Demandes d’assistance ouvertes par thème</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>Review Mechanism figures</source>
        <translation>Chiffres du Mécanisme d’examen</translation>
    </message>
    <message>
        <source>Reviews by stage</source>
        <translation>Examens par étape</translation>
    </message>
    <message>
        <source>The figures could not be computed: {0}</source>
        <translation>Les chiffres n’ont pas pu être calculés : {0}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Working languages of reviews</source>
        <translation>Langues de travail des examens</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Copies de sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backup saved as {file}.</source>
        <translation>Copie de sauvegarde enregistrée sous {file}.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Aucune copie de sauvegarde faite</translation>
    </message>
    <message>
        <source>The database is shared on a server: backing it up and restoring it is the server administrator&apos;s job (for example with pg_dump).</source>
        <translation>La base de données est partagée sur un serveur : la sauvegarder et la restaurer incombe à l’administrateur du serveur (par exemple avec pg_dump).</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>Jours restants : {days}</translation>
    </message>
    <message>
        <source>Met (date not recorded)</source>
        <translation>Accompli (date non renseignée)</translation>
    </message>
    <message>
        <source>Met late, on {date}</source>
        <translation>Accompli en retard, le {date}</translation>
    </message>
    <message>
        <source>Met on {date}</source>
        <translation>Accompli le {date}</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Jours de retard : {days}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>EndDesignationDialog</name>
    <message>
        <source>&amp;Ended on:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <source>End &amp;designation</source>
        <translation>&amp;Mettre fin à la désignation</translation>
    </message>
    <message>
        <source>End a designation</source>
        <translation>Mettre fin à une désignation</translation>
    </message>
    <message>
        <source>{name} stops being {role}. The row stays in the history.</source>
        <translation>{name} cesse d’exercer la fonction suivante : {role}. L’enregistrement reste dans l’historique.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Everything (every State)</source>
        <translation>&amp;Tout (tous les États)</translation>
    </message>
    <message>
        <source>&amp;My State (not set in the settings)</source>
        <translation>&amp;Mon État (non défini dans les paramètres)</translation>
    </message>
    <message>
        <source>&amp;My State ({iso3})</source>
        <translation>&amp;Mon État ({iso3})</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to export&lt;/b&gt;</source>
        <translation>&lt;b&gt;Données à exporter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;hosen States</source>
        <translation>États &amp;choisis</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive</source>
        <translation>Fichiers CSV dans une archive ZIP</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>Fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <source>Choose at least one State.</source>
        <translation>Choisissez au moins un État.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’exportation.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter des données</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Filter by name or ISO3</source>
        <translation>Filtrer par nom ou code ISO3</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Dossier (*)</translation>
    </message>
    <message>
        <source>Include personal contact details (e-mail, &amp;phone)</source>
        <translation>Inclure les coordonnées personnelles (courriel, télé&amp;phone)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <source>Name of the new folder for the CSV files</source>
        <translation>Nom du nouveau dossier pour les fichiers CSV</translation>
    </message>
    <message>
        <source>States to export</source>
        <translation>États à exporter</translation>
    </message>
    <message>
        <source>Update files (*{suffix})</source>
        <translation>Fichiers de mise à jour (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} enregistrement écrit dans {path}</numerusform>
            <numerusform>{rows} enregistrements écrits dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>Rédaction des observations</translation>
    </message>
    <message>
        <source>Group {0}</source>
        <translation>Groupe {0}</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Législation</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>Liste d’observations</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Not started or suspended, no focal point</source>
        <translation>Non commencés ou suspendus, sans point focal</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Une</translation>
    </message>
    <message>
        <source>Operating RevMod</source>
        <translation>Utilisation de RevMod</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Participating States with at least one active person in the focal point role</source>
        <translation>États participants dont au moins une personne en fonction exerce le rôle de point focal</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>Consultation préliminaire</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Reviews completed</source>
        <translation>Examens terminés</translation>
    </message>
    <message>
        <source>Reviews in progress</source>
        <translation>Examens en cours</translation>
    </message>
    <message>
        <source>Reviews not started</source>
        <translation>Examens non commencés</translation>
    </message>
    <message>
        <source>Reviews suspended</source>
        <translation>Examens suspendus</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Share of the reviews not started or suspended whose State under review has no active focal point</source>
        <translation>Part des examens non commencés ou suspendus dont l’État examiné n’a pas de point focal en fonction</translation>
    </message>
    <message>
        <source>States participating</source>
        <translation>États participants</translation>
    </message>
    <message>
        <source>States under review or reviewing in a review of the group</source>
        <translation>États examinés ou examinateurs dans un examen du groupe</translation>
    </message>
    <message>
        <source>States with an active focal point</source>
        <translation>États ayant un point focal en fonction</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Deux</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>Commentaires écrits</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Non exporté : {error}</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>&amp;Designated on:</source>
        <translation>Date de &amp;désignation :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Add a designated person</source>
        <translation>Ajouter une personne désignée</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>En&amp;ded on:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, e.g. pt, de</source>
        <translation>Codes ISO 639-1, p. ex. pt, de</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Ot&amp;her languages:</source>
        <translation>&amp;Autres langues :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle :</translation>
    </message>
</context>
<context>
    <name>FocalPointsModel</name>
    <message>
        <source>Designated on</source>
        <translation>Date de désignation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Fin le {date}</translation>
    </message>
    <message>
        <source>Gender: {gender}</source>
        <translation>Genre : {gender}</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>FocalPointsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Show ended designations</source>
        <translation>Affic&amp;her les désignations terminées</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>E&amp;nd designation…</source>
        <translation>Mettre &amp;fin à la désignation…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>End the designation of {name}</source>
        <translation>Mettre fin à la désignation de {name}</translation>
    </message>
    <message>
        <source>{active} active · {ended} ended</source>
        <translation>En fonction : {active} · Terminées : {ended}</translation>
    </message>
    <message>
        <source>{name} is the active focal point (since {since}). A State has one: their designation ends when the new one begins.</source>
        <translation>{name} est le point focal en fonction (depuis le {since}). Un État n’a qu’un point focal : sa désignation prend fin lorsque celle du nouveau commence.</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>&amp;Keep data of removed people:</source>
        <translation>&amp;Conserver les données des personnes retirées :</translation>
    </message>
    <message>
        <source>CSV file (for a spreadsheet)</source>
        <translation>Fichier CSV (pour un tableur)</translation>
    </message>
    <message>
        <source>Choose where to save the history.</source>
        <translation>Choisissez où enregistrer l’historique.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Export the history of {iso3}</source>
        <translation>Exporter l’historique de {iso3}</translation>
    </message>
    <message>
        <source>Export the history to</source>
        <translation>Exporter l’historique vers</translation>
    </message>
    <message>
        <source>History files (*{suffix})</source>
        <translation>Fichiers d’historique (*{suffix})</translation>
    </message>
    <message>
        <source>Include contact details (e-mail, &amp;phone)</source>
        <translation>Inclure les coordonnées (courriel, télé&amp;phone)</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <source>Names only</source>
        <translation>Les noms seulement</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Removed people are people an import deleted, or an undone import took back: their changes stay in the history. Unless you keep them, their name, title, institution, contact details, gender and languages are written as “[removed]”. Contact details of everyone else are written as “[withheld]” unless you include them. Role, State and dates are always written.</source>
        <translation>Les personnes retirées sont celles qu’une importation a supprimées, ou qu’une importation annulée a reprises : leurs modifications restent dans l’historique. Sauf si vous les conservez, leur nom, titre, institution, coordonnées, genre et langues sont écrits « [removed] ». Les coordonnées de toutes les autres personnes sont écrites « [withheld] » sauf si vous les incluez. Le rôle, l’État et les dates sont toujours écrits.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Assistance request</source>
        <translation>Demande d’assistance</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Import: {batch}</source>
        <translation>Importation : {batch}</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommendation link</source>
        <translation>Association de recommandation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Review stage</source>
        <translation>Étape de l’examen</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>État examinateur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l’historique…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>Filter: a field, a value, a person&apos;s name…</source>
        <translation>Filtrer : un champ, une valeur, le nom d’une personne…</translation>
    </message>
    <message>
        <source>History exported</source>
        <translation>Historique exporté</translation>
    </message>
    <message>
        <source>Select a change to read it whole here.</source>
        <translation>Sélectionnez une modification pour la lire en entier ici.</translation>
    </message>
    <message numerus="yes">
        <source>{entries} change(s) written to {path}.</source>
        <translation>
            <numerusform>{entries} modification écrite dans {path}.</numerusform>
            <numerusform>{entries} modifications écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} changes</source>
        <translation>
            <numerusform>{shown} modification sur {total}</numerusform>
            <numerusform>{shown} modifications sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{withheld} personal value(s) were left out (contact details, and data of people no longer in the database).</source>
        <translation>
            <numerusform>{withheld} valeur personnelle a été omise (coordonnées, et données de personnes qui ne sont plus dans la base).</numerusform>
            <numerusform>{withheld} valeurs personnelles ont été omises (coordonnées, et données de personnes qui ne sont plus dans la base).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Hide unchanged rows</source>
        <translation>&amp;Masquer les enregistrements inchangés</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conserver ma valeur</translation>
    </message>
    <message>
        <source>&amp;Take the update&apos;s</source>
        <translation>&amp;Prendre celle de la mise à jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older or repeated update&lt;/b&gt;&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;Mise à jour plus ancienne ou répétée&lt;/b&gt;&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Published by {publisher}, sequence {sequence}&lt;br&gt;Data as of {as_of}, issued {issued}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Publiée par {publisher}, numéro d’ordre {sequence}&lt;br&gt;Données au {as_of}, émise le {issued}</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply an&amp;yway (older or repeated update)</source>
        <translation>Appliquer &amp;quand même (mise à jour plus ancienne ou répétée)</translation>
    </message>
    <message>
        <source>Applying row {done} of {total}…</source>
        <translation>Application de l’enregistrement {done} sur {total}…</translation>
    </message>
    <message>
        <source>Applying {file}…</source>
        <translation>Application de {file}…</translation>
    </message>
    <message>
        <source>Backing up the database and applying the update…</source>
        <translation>Sauvegarde de la base de données et application de la mise à jour…</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Tout ré&amp;duire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Confirm above that you apply an older or repeated update.</source>
        <translation>Confirmez ci-dessus que vous appliquez une mise à jour plus ancienne ou répétée.</translation>
    </message>
    <message>
        <source>Confirm above that you import it without a trusted signature.</source>
        <translation>Confirmez ci-dessus que vous l’importez sans signature de confiance.</translation>
    </message>
    <message numerus="yes">
        <source>Decide {count} conflict(s) first.</source>
        <translation>
            <numerusform>Tranchez d’abord {count} conflit.</numerusform>
            <numerusform>Tranchez d’abord {count} conflits.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Tout dé&amp;velopper</translation>
    </message>
    <message>
        <source>I&amp;mport it although it is not signed by a trusted key</source>
        <translation>&amp;Importer la mise à jour bien qu’elle ne soit pas signée par une clé de confiance</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Keep &amp;all mine</source>
        <translation>Conserver &amp;toutes mes valeurs</translation>
    </message>
    <message>
        <source>No conflicts with your local changes.</source>
        <translation>Aucun conflit avec vos modifications locales.</translation>
    </message>
    <message>
        <source>Not applied, nothing was changed: {error}</source>
        <translation>Non appliquée, rien n’a été modifié : {error}</translation>
    </message>
    <message>
        <source>Not applied: nothing was changed.</source>
        <translation>Non appliquée : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>Rien à modifier : la base de données contient déjà cette mise à jour.</translation>
    </message>
    <message>
        <source>Only &amp;conflicts</source>
        <translation>Conflits &amp;uniquement</translation>
    </message>
    <message>
        <source>Take the update&apos;s fo&amp;r all</source>
        <translation>Prendre celles de la mise à jour pou&amp;r tous</translation>
    </message>
    <message>
        <source>The signature is invalid: this update cannot be applied.</source>
        <translation>La signature n’est pas valide : cette mise à jour ne peut pas être appliquée.</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) with your local changes, {undecided} undecided</source>
        <translation>
            <numerusform>{count} conflit avec vos modifications locales, dont {undecided} à trancher</numerusform>
            <numerusform>{count} conflits avec vos modifications locales, dont {undecided} à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) shown</source>
        <translation>
            <numerusform>{count} enregistrement affiché</numerusform>
            <numerusform>{count} enregistrements affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Importer une mise à jour…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>Annuler la &amp;dernière importation…</translation>
    </message>
    <message>
        <source>Backup: {backup}</source>
        <translation>Copie de sauvegarde : {backup}</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Folder of &amp;CSV files…</source>
        <translation>Dossier de fichiers &amp;CSV…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>Importer un dossier de fichiers CSV</translation>
    </message>
    <message>
        <source>Import an update</source>
        <translation>Importer une mise à jour</translation>
    </message>
    <message>
        <source>Import applied</source>
        <translation>Importation appliquée</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importation annulée</translation>
    </message>
    <message numerus="yes">
        <source>Import {batch} ({file}) was undone: {reverted} change(s) reverted.</source>
        <translation>
            <numerusform>L’importation {batch} ({file}) a été annulée : {reverted} modification annulée.</numerusform>
            <numerusform>L’importation {batch} ({file}) a été annulée : {reverted} modifications annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Non annulée</translation>
    </message>
    <message>
        <source>Nothing to change: the database already holds this update.</source>
        <translation>Rien à modifier : la base de données contient déjà cette mise à jour.</translation>
    </message>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>Lecture et vérification de {file}…</translation>
    </message>
    <message>
        <source>The update was applied as import {batch}. A backup of the database before it was saved as {backup}.</source>
        <translation>La mise à jour a été appliquée en tant qu’importation {batch}. Une copie de sauvegarde de la base de données antérieure à celle-ci a été enregistrée sous {backup}.</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Annulation de la dernière importation…</translation>
    </message>
    <message>
        <source>Update &amp;file (JSON, XLSX, CSV in a ZIP)…</source>
        <translation>&amp;Fichier de mise à jour (JSON, XLSX, CSV dans un ZIP)…</translation>
    </message>
    <message>
        <source>Updates (*.json *.xlsx *.zip);;All files (*)</source>
        <translation>Mises à jour (*.json *.xlsx *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Updates applied to this database: the bundled reference data and every import, with the file, its publisher and sequence, who signed it and what it changed.</source>
        <translation>Mises à jour appliquées à cette base de données : les données de référence intégrées et chaque importation, avec le fichier, son émetteur et son numéro d’ordre, son signataire et les modifications apportées.</translation>
    </message>
    <message numerus="yes">
        <source>{count} local change(s) made after the import were kept (see the details).</source>
        <translation>
            <numerusform>{count} modification locale apportée après l’importation a été conservée (voir les détails).</numerusform>
            <numerusform>{count} modifications locales apportées après l’importation ont été conservées (voir les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} enregistrement écrit dans {path}</numerusform>
            <numerusform>{rows} enregistrements écrits dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>&amp;Link chosen</source>
        <translation>&amp;Associer la sélection</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>All source documents</source>
        <translation>Tous les documents sources</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Already linked to this State</source>
        <translation>Déjà associée à cet État</translation>
    </message>
    <message>
        <source>Link &amp;every item of this theme</source>
        <translation>Associer tous les élém&amp;ents de ce thème</translation>
    </message>
    <message>
        <source>Link recommendations</source>
        <translation>Associer des recommandations</translation>
    </message>
    <message>
        <source>Search titles and full texts in any language, or codes…</source>
        <translation>Rechercher dans les titres et les textes intégraux, en toute langue, ou un code…</translation>
    </message>
    <message numerus="yes">
        <source>{count} chosen of {shown} shown.</source>
        <translation>
            <numerusform>{count} sélectionnée sur {shown} affichées.</numerusform>
            <numerusform>{count} sélectionnées sur {shown} affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items of “{theme}” will be linked (all not linked yet).</source>
        <translation>
            <numerusform>{count} élément du thème « {theme} » sera associé (tous ceux qui ne le sont pas encore).</numerusform>
            <numerusform>{count} éléments du thème « {theme} » seront associés (tous ceux qui ne le sont pas encore).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Mise à jour le</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>&amp;Accept checked</source>
        <translation>&amp;Accepter les éléments cochés</translation>
    </message>
    <message>
        <source>&amp;Dismiss checked</source>
        <translation>É&amp;carter les éléments cochés</translation>
    </message>
    <message>
        <source>&amp;Link from the catalogue…</source>
        <translation>Associer depuis le ca&amp;talogue…</translation>
    </message>
    <message>
        <source>&amp;Unlink selected</source>
        <translation>&amp;Dissocier la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Accept {count} suggested links</source>
        <translation>
            <numerusform>Accepter {count} association suggérée</numerusform>
            <numerusform>Accepter {count} associations suggérées</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss {count} suggested links</source>
        <translation>
            <numerusform>Écarter {count} association suggérée</numerusform>
            <numerusform>Écarter {count} associations suggérées</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the link of {code}</source>
        <translation>Modifier l’association de {code}</translation>
    </message>
    <message>
        <source>Filter the linked recommendations…</source>
        <translation>Filtrer les recommandations associées…</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message numerus="yes">
        <source>Link {count} recommendations</source>
        <translation>
            <numerusform>Associer {count} recommandation</numerusform>
            <numerusform>Associer {count} recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked recommendations ({count})</source>
        <translation>Recommandations associées ({count})</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Recommendations addressed by their text to this State (all States, or the Protocol&apos;s parties when it is one), neither linked nor dismissed.</source>
        <translation>Recommandations qui, d’après leur texte, s’adressent à cet État (tous les États, ou les parties au Protocole s’il y est partie), ni associées ni écartées.</translation>
    </message>
    <message>
        <source>Select a recommendation to read its full text here.</source>
        <translation>Sélectionnez une recommandation pour en lire ici le texte intégral.</translation>
    </message>
    <message>
        <source>Set &amp;status of selected</source>
        <translation>Définir le &amp;statut de la sélection</translation>
    </message>
    <message>
        <source>Set the status of every selected link at once (one step to undo)</source>
        <translation>Définir en une fois le statut de tous les liens sélectionnés (annulable en une seule étape)</translation>
    </message>
    <message numerus="yes">
        <source>Set the status of {count} links to {status}</source>
        <translation>
            <numerusform>Définir le statut « {status} » de {count} association</numerusform>
            <numerusform>Définir le statut « {status} » de {count} associations</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Suggested links ({count})</source>
        <translation>Associations suggérées ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Unlink {count} recommendations</source>
        <translation>
            <numerusform>Dissocier {count} recommandation</numerusform>
            <numerusform>Dissocier {count} recommandations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About fwgdesk</source>
        <translation>À &amp;propos de fwgdesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rétablir : {edit}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Annuler : {edit}</translation>
    </message>
    <message>
        <source>About fwgdesk</source>
        <translation>À propos de fwgdesk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>fwgdesk {version}
Data folder: {folder}</source>
        <translation>fwgdesk {version}
Dossier de données : {folder}</translation>
    </message>
    <message>
        <source>fwgdesk — Firearms Protocol desk</source>
        <translation>fwgdesk — Poste de travail du Protocole relatif aux armes à feu</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>&amp;Cluster:</source>
        <translation>Groupe &amp;thématique :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <source>Review &amp;group:</source>
        <translation>&amp;Groupe d’examen :</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>Aucun document à afficher.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>sur {count}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Already absent</source>
        <translation>Déjà absent</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Demandes d’assistance</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>Éléments du catalogue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message numerus="yes">
        <source>Changed · {count} field(s)</source>
        <translation>
            <numerusform>Modifié · {count} champ</numerusform>
            <numerusform>Modifié · {count} champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <source>In the update</source>
        <translation>Dans la mise à jour</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>Dans cette base de données</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conserver ma valeur</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Row / field</source>
        <translation>Enregistrement / champ</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documents sources</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Take the update&apos;s</source>
        <translation>Prendre celle de la mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non tranché</translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) decided</source>
        <translation>
            <numerusform>{count} conflit tranché</numerusform>
            <numerusform>{count} conflits tranchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) to decide</source>
        <translation>
            <numerusform>{count} conflit à trancher</numerusform>
            <numerusform>{count} conflits à trancher</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Check</source>
        <translation>⚠ À vérifier</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Mise à jour refusée</translation>
    </message>
    <message numerus="yes">
        <source>{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</source>
        <translation>
            <numerusform>{file} a été refusé : {count} problème détecté. Rien n’a été modifié. Corrigez le fichier ou demandez-en une version corrigée au Secrétariat.</numerusform>
            <numerusform>{file} a été refusé : {count} problèmes détectés. Rien n’a été modifié. Corrigez le fichier ou demandez-en une version corrigée au Secrétariat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Batch of status sheets</source>
        <translation>Lot de fic&amp;hes de situation</translation>
    </message>
    <message>
        <source>&amp;Mechanism overview</source>
        <translation>&amp;Vue d’ensemble du Mécanisme</translation>
    </message>
    <message>
        <source>&amp;State status sheet</source>
        <translation>Fiche de &amp;situation d’un État</translation>
    </message>
    <message>
        <source>&amp;Which States:</source>
        <translation>&amp;Quels États :</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>F&amp;ull text of recommendations, not titles</source>
        <translation>Te&amp;xte intégral des recommandations, non les titres</translation>
    </message>
    <message>
        <source>Include personal contact &amp;details</source>
        <translation>Inclure les &amp;coordonnées personnelles</translation>
    </message>
    <message>
        <source>Name or ISO3 code</source>
        <translation>Nom ou code ISO3</translation>
    </message>
    <message>
        <source>One file per State, &amp;into a folder</source>
        <translation>Un fichier par État, dans un &amp;dossier</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Review group {number}</source>
        <translation>Groupe d’examen {number}</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>La&amp;ngue de la fiche :</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Que imprimer</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Choose a report, then press Preview: it is shown here to be saved or printed.</source>
        <translation>Choisissez un rapport, puis appuyez sur Aperçu : il s’affiche ici pour être enregistré ou imprimé.</translation>
    </message>
    <message>
        <source>Folder for the status sheets</source>
        <translation>Dossier des fiches de situation</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>No font could draw these characters: {characters}</source>
        <translation>Aucune police ne peut afficher ces caractères : {characters}</translation>
    </message>
    <message>
        <source>No report made</source>
        <translation>Aucun rapport créé</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregist&amp;rer sous…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <source>Sheet {done} of {total}</source>
        <translation>Fiche {done} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>{count} file(s) saved in {folder}</source>
        <translation>
            <numerusform>{count} fichier enregistré dans {folder}</numerusform>
            <numerusform>{count} fichiers enregistrés dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s) sent to the printer.</source>
        <translation>
            <numerusform>{count} page envoyée à l’imprimante.</numerusform>
            <numerusform>{count} pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s) shown.</source>
        <translation>
            <numerusform>{count} fiche affichée.</numerusform>
            <numerusform>{count} fiches affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Edit the review&apos;s details</source>
        <translation>Modifier les détails de l’examen</translation>
    </message>
    <message>
        <source>Mark the assistance request {status}</source>
        <translation>Marquer la demande d’assistance comme « {status} »</translation>
    </message>
    <message>
        <source>Move the review to {stage}</source>
        <translation>Faire passer l’examen à l’étape « {stage} »</translation>
    </message>
    <message>
        <source>New review: group {group}, cluster {cluster}</source>
        <translation>Nouvel examen : groupe {group}, groupe thématique {cluster}</translation>
    </message>
    <message>
        <source>Request assistance: {topic}</source>
        <translation>Demander une assistance : {topic}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailsPanel</name>
    <message>
        <source>&amp;Reviewing States:</source>
        <translation>États &amp;examinateurs :</translation>
    </message>
    <message>
        <source>Add &amp;State</source>
        <translation>&amp;Ajouter l’État</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenues</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details (not saved)</source>
        <translation>Détails (non enregistrés)</translation>
    </message>
    <message>
        <source>ISO3 code or name</source>
        <translation>Code ISO3 ou nom</translation>
    </message>
    <message>
        <source>Lan&amp;guages agreed:</source>
        <translation>&amp;Langues convenues :</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Non convenues</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Annuler les &amp;modifications</translation>
    </message>
    <message>
        <source>Save detai&amp;ls</source>
        <translation>Enre&amp;gistrer les détails</translation>
    </message>
    <message>
        <source>Self-assessment &amp;progress:</source>
        <translation>&amp;Progression de l’auto-évaluation :</translation>
    </message>
    <message>
        <source>Self-assessment:</source>
        <translation>Auto-évaluation :</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Suspended beca&amp;use:</source>
        <translation>Motif de la &amp;suspension :</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Langues de travail :</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>&amp;Change stage…</source>
        <translation>&amp;Changer d’étape…</translation>
    </message>
    <message>
        <source>&amp;Next stage</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Next stage: {stage}</source>
        <translation>Étape &amp;suivante : {stage}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due dates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échéances&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; since {since}</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; depuis {since}</translation>
    </message>
    <message>
        <source>Group {group}, cluster {cluster}</source>
        <translation>Groupe {group}, groupe thématique {cluster}</translation>
    </message>
    <message>
        <source>New revie&amp;w…</source>
        <translation>&amp;Nouvel examen…</translation>
    </message>
    <message>
        <source>No review is recorded for this State. Use “New review…” to record one.</source>
        <translation>Aucun examen n’est enregistré pour cet État. Utilisez « Nouvel examen… » pour en enregistrer un.</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>E&amp;xamen :</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ En retard : {count}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Retirer la clé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>URL de la &amp;base de données :</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>My &amp;State:</source>
        <translation>&amp;Mon État :</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub);;All files (*)</source>
        <translation>Clés publiques (*.pem *.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The data folder and database take effect the next time fwgdesk starts.</source>
        <translation>Le dossier de données et la base de données sont pris en compte au prochain démarrage de fwgdesk.</translation>
    </message>
    <message>
        <source>The data folder cannot be empty</source>
        <translation>Le dossier de données ne peut pas être vide</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql</source>
        <translation>L’URL de la base de données doit commencer par sqlite:// ou postgresql</translation>
    </message>
    <message>
        <source>Trusted signing &amp;keys:</source>
        <translation>&amp;Clés de signature de confiance :</translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder; or postgresql+psycopg://…</source>
        <translation>vide : le fichier SQLite du dossier de données ; ou postgresql+psycopg://…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>Ask the Secretariat for the file again; nothing can be applied.</source>
        <translation>Demandez de nouveau le fichier au Secrétariat ; rien ne peut être appliqué.</translation>
    </message>
    <message>
        <source>Invalid signature: this update is refused</source>
        <translation>Signature non valide : cette mise à jour est refusée</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Nothing proves who issued this file or that it was not changed since. Import it only if you know where it came from.</source>
        <translation>Rien ne prouve qui a émis ce fichier ni qu’il n’a pas été modifié depuis. Ne l’importez que si vous savez d’où il provient.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Signée par une clé inconnue</translation>
    </message>
    <message>
        <source>Signed by {signer}</source>
        <translation>Signée par {signer}</translation>
    </message>
    <message>
        <source>The file is exactly as the signer issued it.</source>
        <translation>Le fichier est exactement tel que le signataire l’a émis.</translation>
    </message>
    <message>
        <source>The key that signed it is not one of your trusted keys: nothing proves who issued it. Import it only if you know where it came from.</source>
        <translation>La clé qui l’a signé ne fait pas partie de vos clés de confiance : rien ne prouve qui l’a émis. Ne l’importez que si vous savez d’où il provient.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Avertissement : {0}</translation>
    </message>
</context>
<context>
    <name>StageEventsModel</name>
    <message>
        <source>As the review records it; no stage change recorded</source>
        <translation>Tel que l’examen l’indique ; aucun changement d’étape enregistré</translation>
    </message>
    <message>
        <source>As the review records it; not started yet</source>
        <translation>Tel que l’examen l’indique ; pas encore commencé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>StageLadder</name>
    <message>
        <source>current stage</source>
        <translation>étape actuelle</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>passed over: no stage change recorded</source>
        <translation>sautée : aucun changement d’étape enregistré</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>the review is suspended</source>
        <translation>l’examen est suspendu</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Firearms Protocol: {status} {date}</source>
        <translation>Protocole relatif aux armes à feu : {status} {date}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>← All States</source>
        <translation>← Tous les États</translation>
    </message>
</context>
<context>
    <name>StatesModel</name>
    <message>
        <source>Active people</source>
        <translation>Personnes en fonction</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocole relatif aux armes à feu</translation>
    </message>
    <message>
        <source>ISO3</source>
        <translation>ISO3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Groupe d’examen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>{what}, since {date}</source>
        <translation>{what}, depuis le {date}</translation>
    </message>
</context>
<context>
    <name>StatesTable</name>
    <message>
        <source>&amp;No focal point designated</source>
        <translation>&amp;Aucun point focal désigné</translation>
    </message>
    <message>
        <source>All regional groups</source>
        <translation>Tous les groupes régionaux</translation>
    </message>
    <message>
        <source>All review groups</source>
        <translation>Tous les groupes d’examen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message numerus="yes">
        <source>All {total} States</source>
        <translation>
            <numerusform>Tous les États ({total})</numerusform>
            <numerusform>Tous les États ({total})</numerusform>
        </translation>
    </message>
    <message>
        <source>Any Protocol status</source>
        <translation>Tout statut au regard du Protocole</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Groupe {n}</translation>
    </message>
    <message>
        <source>Search by name (any language) or code…</source>
        <translation>Rechercher par nom (dans toute langue) ou par code…</translation>
    </message>
    <message>
        <source>Show &amp;all States</source>
        <translation>Afficher &amp;tous les États</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} States</source>
        <translation>
            <numerusform>{shown} État sur {total}</numerusform>
            <numerusform>{shown} États sur {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Also undo fields &amp;changed locally since the import</source>
        <translation>Annuler aussi les champs &amp;modifiés localement depuis l’importation</translation>
    </message>
    <message>
        <source>Off: your edits made after the import are kept and listed.</source>
        <translation>Décoché : vos modifications apportées après l’importation sont conservées et listées.</translation>
    </message>
    <message>
        <source>Undo the import of &lt;b&gt;{file}&lt;/b&gt; (from {publisher}, sequence {sequence}, applied {applied})?&lt;br&gt;Every value it changed returns to what it was before; rows it added are removed and rows it deleted come back. A backup of the database is made first.</source>
        <translation>Annuler l’importation de &lt;b&gt;{file}&lt;/b&gt; (émetteur : {publisher}, numéro d’ordre {sequence}, appliquée le {applied}) ?&lt;br&gt;Chaque valeur qu’elle a modifiée reprend sa valeur antérieure ; les enregistrements qu’elle a ajoutés sont supprimés et ceux qu’elle a supprimés sont rétablis. Une copie de sauvegarde de la base de données est d’abord effectuée.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Read only: your database role may not change data</source>
        <translation>Lecture seule : votre rôle de base de données ne peut pas modifier les données</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Restaurer une copie de sauvegarde ?</translation>
    </message>
    <message>
        <source>The database is damaged:
{problem}

Restore the newest good backup, {backup}? The damaged file is kept beside the backups.</source>
        <translation>La base de données est endommagée :
{problem}

Restaurer la copie de sauvegarde valide la plus récente, {backup} ? Le fichier endommagé est conservé à côté des copies de sauvegarde.</translation>
    </message>
    <message>
        <source>Upgrade it now? Everyone who uses it will need this version of fwgdesk.</source>
        <translation>La mettre à niveau maintenant ? Toutes les personnes qui l’utilisent auront besoin de cette version de fwgdesk.</translation>
    </message>
    <message>
        <source>Upgrade the shared database?</source>
        <translation>Mettre à niveau la base de données partagée ?</translation>
    </message>
    <message>
        <source>fwgdesk cannot start</source>
        <translation>fwgdesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>fwgdesk started with a warning</source>
        <translation>fwgdesk a démarré avec un avertissement</translation>
    </message>
</context>
<context>
    <name>catalogue_text</name>
    <message>
        <source>Titles are short summaries written for this catalogue; the full text is the source document&apos;s own.</source>
        <translation>Les titres sont de brefs résumés rédigés pour ce catalogue ; le texte intégral est celui du document source.</translation>
    </message>
    <message>
        <source>Withdrawn on {date}</source>
        <translation>Retirée le {date}</translation>
    </message>
    <message>
        <source>{language} original</source>
        <translation>original {language}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>none recorded</source>
        <translation>aucune donnée enregistrée</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>A backup was made before the repairs: {file}</source>
        <translation>Une copie de sauvegarde a été faite avant les réparations : {file}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore a backup (File ▸ Backups…) or ask for help; SQLite found:</source>
        <translation>Le fichier de la base de données est endommagé. Restaurez une copie de sauvegarde (Fichier ▸ Copies de sauvegarde…) ou demandez de l’aide ; SQLite a trouvé :</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) were gone by then and left as they were.</source>
        <translation>
            <numerusform>{count} constat n’existait plus à ce moment-là et a été laissé tel quel.</numerusform>
            <numerusform>{count} constats n’existaient plus à ce moment-là et ont été laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</source>
        <translation>
            <numerusform>{count} constat, dont {repairable} réparable(s). Rien n’a été modifié : cochez les réparations à effectuer et choisissez Réparer.</numerusform>
            <numerusform>{count} constats, dont {repairable} réparable(s). Rien n’a été modifié : cochez les réparations à effectuer et choisissez Réparer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} repair(s) made.</source>
        <translation>
            <numerusform>{count} réparation effectuée.</numerusform>
            <numerusform>{count} réparations effectuées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Enregistrer mes modifications à la place des leurs</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Addressees</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Désigné le</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocole relatif aux armes à feu</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Language agreement</source>
        <translation>Accord sur les langues</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Protocol status since</source>
        <translation>Statut à l’égard du Protocole depuis</translation>
    </message>
    <message>
        <source>Protocol status source</source>
        <translation>Source du statut à l’égard du Protocole</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Review group</source>
        <translation>Groupe d’examen</translation>
    </message>
    <message>
        <source>Reviewing State</source>
        <translation>État examinateur</translation>
    </message>
    <message>
        <source>Reviewing States</source>
        <translation>États examinateurs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Self-assessment progress</source>
        <translation>Avancement de l’auto-évaluation</translation>
    </message>
    <message>
        <source>Self-assessment submitted on</source>
        <translation>Auto-évaluation soumise le</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>Étape depuis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subsection heading</source>
        <translation>Titre de la sous-section</translation>
    </message>
    <message>
        <source>Suspended because</source>
        <translation>Motif de la suspension</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Two-letter code</source>
        <translation>Code à deux lettres</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Mise à jour le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirée le</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>A State reviewing itself</source>
        <translation>Un État qui s’examine lui-même</translation>
    </message>
    <message>
        <source>A State with more than one active focal point</source>
        <translation>Un État avec plus d’un point focal en fonction</translation>
    </message>
    <message>
        <source>A designation ending before it began</source>
        <translation>Une désignation qui se termine avant d’avoir commencé</translation>
    </message>
    <message>
        <source>A link to a recommendation or State that does not exist</source>
        <translation>Une association à une recommandation ou à un État qui n’existe pas</translation>
    </message>
    <message>
        <source>A self-assessment submitted on a date in the future</source>
        <translation>Une auto-évaluation soumise à une date future</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>États d’Afrique</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>An assistance request dated in the future</source>
        <translation>Une demande d’assistance datée dans le futur</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>États d’Asie et du Pacifique</translation>
    </message>
    <message>
        <source>Background paper</source>
        <translation>Document d’information</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>Données intégrées</translation>
    </message>
    <message>
        <source>Chair&apos;s summary</source>
        <translation>Résumé de la présidence</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Conference resolution</source>
        <translation>Résolution de la Conférence</translation>
    </message>
    <message>
        <source>Drafting observations</source>
        <translation>Rédaction des observations</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>États d’Europe orientale</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Firearms contact point</source>
        <translation>Point de contact pour les armes à feu</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Focal point designated</source>
        <translation>Désignation du point focal</translation>
    </message>
    <message>
        <source>Focal point overdue</source>
        <translation>Désignation du point focal en retard</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Governmental expert</source>
        <translation>Expert gouvernemental</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>États d’Amérique latine et des Caraïbes</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Législation</translation>
    </message>
    <message>
        <source>List of observations</source>
        <translation>Liste d’observations</translation>
    </message>
    <message>
        <source>Local edit</source>
        <translation>Modification locale</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>No regional group</source>
        <translation>Aucun groupe régional</translation>
    </message>
    <message>
        <source>Non-signatory</source>
        <translation>Non signataire</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Preliminary consultation</source>
        <translation>Consultation préliminaire</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Review stage differing from its latest stage change</source>
        <translation>Étape d’un examen différente de son dernier changement d’étape</translation>
    </message>
    <message>
        <source>Reviewers&apos; written feedback</source>
        <translation>Commentaires écrits des examinateurs</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Self-assessment overdue</source>
        <translation>Auto-évaluation en retard</translation>
    </message>
    <message>
        <source>Self-assessment progress outside 0–100%</source>
        <translation>Avancement de l’auto-évaluation hors de 0–100 %</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation>Questionnaire d’auto-évaluation</translation>
    </message>
    <message>
        <source>Self-assessment submitted</source>
        <translation>Soumission de l’auto-évaluation</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>States parties to the Protocol</source>
        <translation>États parties au Protocole</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Suspension reason on a review that is not suspended</source>
        <translation>Motif de suspension sur un examen qui n’est pas suspendu</translation>
    </message>
    <message>
        <source>The Conference of the Parties</source>
        <translation>La Conférence des Parties</translation>
    </message>
    <message>
        <source>The Secretariat</source>
        <translation>Le Secrétariat</translation>
    </message>
    <message>
        <source>The Working Group</source>
        <translation>Le Groupe de travail</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Using RevMod</source>
        <translation>Utilisation de RevMod</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>États d’Europe occidentale et autres États</translation>
    </message>
    <message>
        <source>Working Group report</source>
        <translation>Rapport du Groupe de travail</translation>
    </message>
    <message>
        <source>Written feedback</source>
        <translation>Commentaires écrits</translation>
    </message>
    <message>
        <source>Written feedback overdue</source>
        <translation>Commentaires écrits en retard</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>
  … and {count} more</source>
        <translation>
            <numerusform>
  … et {count} autre</numerusform>
            <numerusform>
  … et {count} autres</numerusform>
        </translation>
    </message>
    <message>
        <source>  {item}</source>
        <translation>  {item}</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not a cell reference</source>
        <translation>« {reference} » n’est pas une référence de cellule</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a boolean (0 or 1)</source>
        <translation>« {text} » n’est pas une valeur booléenne (0 ou 1)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a row number</source>
        <translation>« {text} » n’est pas un numéro de ligne</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a style number</source>
        <translation>« {text} » n’est pas un numéro de style</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not the number of a shared string</source>
        <translation>« {text} » n’est pas le numéro d’une chaîne partagée</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a catalogue code such as WG8-R12</source>
        <translation>« {value} » n’est pas un code du catalogue tel que WG8-R12</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>« {value} » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time with its time zone (RFC 3339: 2022-05-05T09:00:00Z)</source>
        <translation>« {value} » n’est pas une date et heure avec son fuseau horaire (RFC 3339 : 2022-05-05T09:00:00Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>« {value} » n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (digits, spaces, + ( ) - . /)</source>
        <translation>« {value} » n’est pas un numéro de téléphone (chiffres, espaces, + ( ) - . /)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a source code (letters, digits and &apos;.&apos;, at most 16, such as WG9)</source>
        <translation>&apos;{value}&apos; n’est pas un code de source (lettres, chiffres et &apos;.&apos;, au plus 16, par exemple WG9)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>« {value} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 alpha-3 code (three capital letters A-Z)</source>
        <translation>« {value} » n’est pas un code ISO 3166 alpha-3 (trois lettres majuscules A-Z)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>« {value} » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {values}</source>
        <translation>« {value} » ne fait pas partie des valeurs suivantes : {values}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not true or false</source>
        <translation>« {value} » n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>--name {name}: give a plain file name, without a folder</source>
        <translation>--name {name} : indiquez un simple nom de fichier, sans dossier</translation>
    </message>
    <message>
        <source>Choose a State by its name or ISO3 code.</source>
        <translation>Choisissez un État par son nom ou son code ISO3.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Signed by an unknown key {key_id}: not in your trusted keys</source>
        <translation>Signée par une clé inconnue {key_id} : elle ne fait pas partie de vos clés de confiance</translation>
    </message>
    <message>
        <source>Signed by {signer} (key {key_id})</source>
        <translation>Signée par {signer} (clé {key_id})</translation>
    </message>
    <message>
        <source>The folder cannot be checked against its signature: {problem}</source>
        <translation>Le dossier ne peut pas être vérifié au regard de sa signature : {problem}</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered after signing, or the signature is damaged</source>
        <translation>La signature ne correspond pas au fichier : celui-ci a été modifié après la signature, ou la signature est endommagée</translation>
    </message>
    <message>
        <source>The signature file is not valid: {problem}</source>
        <translation>Le fichier de signature n’est pas valide : {problem}</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding</source>
        <translation>XML dans un encodage non pris en charge</translation>
    </message>
    <message>
        <source>XML in an unsupported encoding ({encoding})</source>
        <translation>XML dans un encodage non pris en charge ({encoding})</translation>
    </message>
    <message>
        <source>XML with a document type or entity declarations (refused: entity attacks)</source>
        <translation>XML contenant une déclaration de type de document ou d’entités (refusé : attaques par entités)</translation>
    </message>
    <message>
        <source>a State cannot review itself</source>
        <translation>un État ne peut pas s’examiner lui-même</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>a cell of unknown type &apos;{kind}&apos;</source>
        <translation>une cellule de type inconnu « {kind} »</translation>
    </message>
    <message>
        <source>a cell that cannot be read: {reason}</source>
        <translation>une cellule illisible : {reason}</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a file name holding a line break cannot be signed or read</source>
        <translation>un nom de fichier contenant un saut de ligne ne peut être ni signé ni lu</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <source>a key of {table} has exactly the columns {columns}</source>
        <translation>une clé de {table} comporte exactement les colonnes {columns}</translation>
    </message>
    <message>
        <source>a link of {iso3} to the missing recommendation #{id}</source>
        <translation>une association de {iso3} à la recommandation manquante n° {id}</translation>
    </message>
    <message>
        <source>a name emptied (it was “{old}”)</source>
        <translation>un nom vidé (il était « {old} »)</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>un nom est obligatoire</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a new catalogue item needs its {column}</source>
        <translation>un nouvel élément du catalogue doit avoir son {column}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>fichier de phrase secrète</translation>
    </message>
    <message>
        <source>a reviewing State is named twice</source>
        <translation>un État examinateur est indiqué deux fois</translation>
    </message>
    <message>
        <source>a row beyond row {row}</source>
        <translation>une ligne au-delà de la ligne {row}</translation>
    </message>
    <message>
        <source>a row must be an object {{…}}, not {kind}</source>
        <translation>un enregistrement doit être un objet {{…}}, et non {kind}</translation>
    </message>
    <message>
        <source>a row that cannot be read: {reason}</source>
        <translation>une ligne illisible : {reason}</translation>
    </message>
    <message>
        <source>a second file for {table} ({other})</source>
        <translation>un deuxième fichier pour {table} ({other})</translation>
    </message>
    <message>
        <source>a second sheet for {table} ({other})</source>
        <translation>une deuxième feuille pour {table} ({other})</translation>
    </message>
    <message>
        <source>a single CSV file is not an update: put manifest.csv and the &lt;table&gt;.csv files in a folder or a ZIP archive</source>
        <translation>un fichier CSV seul n’est pas une mise à jour : placez manifest.csv et les fichiers &lt;table&gt;.csv dans un dossier ou une archive ZIP</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a value in column {column}, which has no name in the header row</source>
        <translation>une valeur dans la colonne {column}, qui n’a pas de nom dans la ligne d’en-tête</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>a value with no key</source>
        <translation>une valeur sans clé</translation>
    </message>
    <message>
        <source>an XLSX workbook</source>
        <translation>un classeur XLSX</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an assistance request of {iso3} dated {on}</source>
        <translation>une demande d’assistance de {iso3} datée du {on}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an update file</source>
        <translation>fichier de mise à jour</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>fichier de sauvegarde</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>cannot connect to the database server {database}: it may not be running, its address may be wrong, or it refused the user name or password. Nothing was changed. The server said: {reason}</source>
        <translation>impossible de se connecter au serveur de base de données {database} : il n’est peut-être pas démarré, son adresse est peut-être fausse, ou il a refusé le nom d’utilisateur ou le mot de passe. Rien n’a été modifié. Le serveur a répondu : {reason}</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: a file of that name exists</source>
        <translation>impossible d’écrire le dossier CSV {path} : un fichier de ce nom existe</translation>
    </message>
    <message>
        <source>cannot write the CSV folder {path}: it holds other files than CSV files; choose a new or empty folder</source>
        <translation>impossible d’écrire le dossier CSV {path} : il contient d’autres fichiers que des fichiers CSV ; choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>impossible d’écrire {path} : c’est un dossier</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {path} : le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>choose a review group or a regional group, not both</source>
        <translation>choisissez un groupe d’examen ou un groupe régional, mais pas les deux</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
    </message>
    <message>
        <source>compressed {ratio} to 1 (at most {most} to 1): refused as a possible zip bomb</source>
        <translation>compression de {ratio} pour 1 (au maximum {most} pour 1) : rejet par précaution (possible bombe de décompression)</translation>
    </message>
    <message>
        <source>conflict with a local change of {row}: decide keep mine or take the incoming value</source>
        <translation>conflit avec une modification locale de {row} : choisissez de conserver votre valeur ou de prendre la valeur entrante</translation>
    </message>
    <message>
        <source>conflicts with local changes: choose with --prefer local|incoming</source>
        <translation>conflits avec des modifications locales : choisissez avec --prefer local|incoming</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>end the designation on {on}, the day it began</source>
        <translation>mettre fin à la désignation le {on}, jour où elle a commencé</translation>
    </message>
    <message>
        <source>expected a list (&apos;{separator}&apos;-separated in a cell)</source>
        <translation>une liste était attendue (valeurs séparées par « {separator} » dans une cellule)</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>un nombre était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>du texte était attendu, trouvé : {found}</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>champ {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message numerus="yes">
        <source>it is empty, unreadable or larger than {most} bytes</source>
        <translation>
            <numerusform>il est vide, illisible ou dépasse {most} octet</numerusform>
            <numerusform>il est vide, illisible ou dépasse {most} octets</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not UTF-8 JSON</source>
        <translation>ce n’est pas du JSON en UTF-8</translation>
    </message>
    <message>
        <source>it must hold a JSON object</source>
        <translation>il doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>élément {item}</translation>
    </message>
    <message>
        <source>keep the focal point you choose active, and end the others&apos; designations on the day it began</source>
        <translation>garder en fonction le point focal que vous choisissez et mettre fin à la désignation des autres le jour où la sienne a commencé</translation>
    </message>
    <message>
        <source>key {key_id} is trusted through the settings ({source}); remove it from trusted_keys there</source>
        <translation>la clé {key_id} est déclarée de confiance dans les paramètres ({source}) ; retirez-la de trusted_keys à cet endroit</translation>
    </message>
    <message>
        <source>key_id {found} is not 16 hexadecimal digits</source>
        <translation>key_id {found} n’est pas composé de 16 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>letters turned into question marks (“{old}” → “{new}”): was the file saved in another encoding than UTF-8?</source>
        <translation>lettres changées en points d’interrogation (« {old} » → « {new} ») : le fichier a-t-il été enregistré dans un autre codage que UTF-8 ?</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>more lines are not UTF-8 text (not all shown)</source>
        <translation>d’autres lignes ne sont pas du texte UTF-8 (elles ne sont pas toutes affichées)</translation>
    </message>
    <message numerus="yes">
        <source>more than {count} columns</source>
        <translation>
            <numerusform>plus de {count} colonne</numerusform>
            <numerusform>plus de {count} colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} lines</source>
        <translation>
            <numerusform>plus de {count} ligne</numerusform>
            <numerusform>plus de {count} lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} rows</source>
        <translation>
            <numerusform>plus de {count} enregistrement</numerusform>
            <numerusform>plus de {count} enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {most} files in the folder</source>
        <translation>
            <numerusform>plus de {most} fichier dans le dossier</numerusform>
            <numerusform>plus de {most} fichiers dans le dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>must be &apos;{format}&apos;</source>
        <translation>doit être « {format} »</translation>
    </message>
    <message>
        <source>must be an array of rows, not {kind}</source>
        <translation>doit être un tableau d’enregistrements, et non {kind}</translation>
    </message>
    <message>
        <source>no State is under review in review group {group}</source>
        <translation>aucun État n’est examiné dans le groupe d’examen {group}</translation>
    </message>
    <message>
        <source>no assistance request with id {id}</source>
        <translation>aucune demande d’assistance avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no assistance request with key &apos;{key}&apos;</source>
        <translation>aucune demande d’assistance avec la clé « {key} »</translation>
    </message>
    <message>
        <source>no focal point with id {id}</source>
        <translation>aucun point focal avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no focal point with key &apos;{key}&apos;</source>
        <translation>aucun point focal avec la clé « {key} »</translation>
    </message>
    <message>
        <source>no review with id {id}</source>
        <translation>aucun examen avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no sheet &apos;{sheet}&apos; (the update&apos;s header: columns {columns})</source>
        <translation>pas de feuille « {sheet} » (l’en-tête de la mise à jour : colonnes {columns})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>no such review (state, group, cluster)</source>
        <translation>examen introuvable (État, groupe, groupe thématique)</translation>
    </message>
    <message>
        <source>no trusted key {key}; `fwgdesk keys list` shows them</source>
        <translation>aucune clé de confiance {key} ; `fwgdesk keys list` les affiche</translation>
    </message>
    <message>
        <source>no {file} (the update&apos;s header: columns {columns})</source>
        <translation>pas de {file} (l’en-tête de la mise à jour : colonnes {columns})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not ISO 639-1 codes: {codes}</source>
        <translation>codes non conformes à la norme ISO 639-1 : {codes}</translation>
    </message>
    <message>
        <source>not ISO 639-1 language codes (two small letters a-z): {codes}</source>
        <translation>codes de langue non conformes à la norme ISO 639-1 (deux lettres minuscules a-z) : {codes}</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>texte non UTF-8 (octet 0x{byte}) ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 text: the file holds NUL bytes; save it as UTF-8</source>
        <translation>texte non UTF-8 : le fichier contient des octets NUL ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({reason})</source>
        <translation>classeur XLSX illisible ({reason})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not an XLSX workbook (an XLSX file is a ZIP archive; this is not one)</source>
        <translation>ce n’est pas un classeur XLSX (un fichier XLSX est une archive ZIP, ce que ce fichier n’est pas)</translation>
    </message>
    <message>
        <source>not an update file: an update is a .json file, an .xlsx workbook, or CSV files in a folder or a .zip</source>
        <translation>ce n’est pas un fichier de mise à jour : une mise à jour est un fichier .json, un classeur .xlsx, ou des fichiers CSV dans un dossier ou un .zip</translation>
    </message>
    <message>
        <source>not theme codes (small letters, digits and _): {codes}</source>
        <translation>ce ne sont pas des codes de thème (minuscules, chiffres et _) : {codes}</translation>
    </message>
    <message>
        <source>not valid CSV ({reason})</source>
        <translation>CSV non valide ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON non valide : imbrication trop profonde</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valide : {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>JSON non valide : {reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated (no ZIP directory found)</source>
        <translation>ce n’est pas {what} lisible : fichier endommagé ou tronqué (aucun répertoire ZIP trouvé)</translation>
    </message>
    <message>
        <source>not {what}: damaged or truncated ({reason})</source>
        <translation>ce n’est pas {what} lisible : fichier endommagé ou tronqué ({reason})</translation>
    </message>
    <message>
        <source>put the review at its latest recorded stage change: {stage} since {on}</source>
        <translation>placer l’examen à son dernier changement d’étape enregistré : {stage} depuis le {on}</translation>
    </message>
    <message>
        <source>record the missing stage change to {stage} on {on}</source>
        <translation>enregistrer le changement d’étape manquant vers {stage} le {on}</translation>
    </message>
    <message>
        <source>remove the link</source>
        <translation>supprimer l’association</translation>
    </message>
    <message>
        <source>remove the suspension reason “{reason}”</source>
        <translation>supprimer le motif de suspension « {reason} »</translation>
    </message>
    <message>
        <source>remove {iso3} from its own reviewers</source>
        <translation>retirer {iso3} de ses propres examinateurs</translation>
    </message>
    <message>
        <source>say which data to export: --state ISO3 (repeatable) or --all</source>
        <translation>indiquez les données à exporter : --state ISO3 (répétable) ou --all</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>sequence {sequence} of {publisher} is not above the last one applied ({last}): an older or repeated update</source>
        <translation>le numéro d’ordre {sequence} de {publisher} n’est pas supérieur au dernier appliqué ({last}) : mise à jour plus ancienne ou répétée</translation>
    </message>
    <message>
        <source>set the progress to {value}</source>
        <translation>fixer l’avancement à {value}</translation>
    </message>
    <message>
        <source>settings file</source>
        <translation>fichier de paramètres</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>la chaîne partagée {index} est manquante</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <source>signature policy for {outcome}: {value} is not accept, confirm or refuse</source>
        <translation>politique de signature pour {outcome} : {value} n’est pas accept, confirm ou refuse</translation>
    </message>
    <message>
        <source>skipped (from the settings): {problem}</source>
        <translation>ignorée (depuis les paramètres) : {problem}</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>ignorée : {problem}</translation>
    </message>
    <message>
        <source>someone else changed the same data while this change was being saved; nothing was saved. Look at the data again and repeat the change.</source>
        <translation>quelqu’un d’autre a modifié les mêmes données pendant l’enregistrement de cette modification ; rien n’a été enregistré. Consultez à nouveau les données et refaites la modification.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>table {table}</source>
        <translation>table {table}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message numerus="yes">
        <source>text longer than {most} characters</source>
        <translation>
            <numerusform>texte de plus de {most} caractère</numerusform>
            <numerusform>texte de plus de {most} caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>ce fichier est la base de données elle-même</translation>
    </message>
    <message>
        <source>the State {code} cannot be deleted while {rows} refer to it; delete them in the same update first</source>
        <translation>l’État {code} ne peut pas être supprimé tant que {rows} y renvoient ; supprimez-les d’abord dans la même mise à jour</translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV files</source>
        <translation>l’archive ZIP ne contient aucun fichier CSV</translation>
    </message>
    <message>
        <source>the algorithm is {found}, not &quot;{expected}&quot;</source>
        <translation>l’algorithme est {found} et non « {expected} »</translation>
    </message>
    <message>
        <source>the archive unpacks to {size} (at most {most} for {what}): refused as a possible zip bomb</source>
        <translation>l’archive se décompresse en {size} (au maximum {most} pour {what}) : rejet par précaution (possible bombe de décompression)</translation>
    </message>
    <message>
        <source>the cluster is 1 to 4</source>
        <translation>le groupe thématique va de 1 à 4</translation>
    </message>
    <message>
        <source>the code {code} does not begin with its source&apos;s code {source}</source>
        <translation>le code {code} ne commence pas par le code de sa source {source}</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>la colonne apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>the connection to the database server {database} was lost: nothing was saved. Try again once the server runs.</source>
        <translation>la connexion au serveur de base de données {database} a été perdue : rien n’a été enregistré. Réessayez quand le serveur fonctionnera.</translation>
    </message>
    <message>
        <source>the daily backup could not be made: {reason}</source>
        <translation>la copie de sauvegarde quotidienne n’a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason})</source>
        <translation>la base de données n’a pas pu être mise à niveau ({reason})</translation>
    </message>
    <message>
        <source>the database could not be upgraded ({reason}); it was restored from the backup made before.</source>
        <translation>la base de données n’a pas pu être mise à niveau ({reason}) ; elle a été restaurée à partir de la copie de sauvegarde faite auparavant.</translation>
    </message>
    <message>
        <source>the database on the server {database} was opened without a data folder to keep its backups in</source>
        <translation>la base de données du serveur {database} a été ouverte sans dossier de données où garder ses sauvegardes</translation>
    </message>
    <message>
        <source>the database refused the update: {reason}</source>
        <translation>la base de données a refusé la mise à jour : {reason}</translation>
    </message>
    <message>
        <source>the database role you use on {database} may not make this change (it may read only); nothing was changed. Ask the database&apos;s owner for an editor&apos;s role.</source>
        <translation>le rôle de base de données que vous utilisez sur {database} ne peut pas faire cette modification (il est peut-être en lecture seule) ; rien n’a été modifié. Demandez un rôle d’éditeur au propriétaire de la base.</translation>
    </message>
    <message>
        <source>the database server {database} refused the user name or password: check them in Settings, or in --database. Nothing was changed.</source>
        <translation>le serveur de base de données {database} a refusé le nom d’utilisateur ou le mot de passe : vérifiez-les dans les Paramètres ou dans --database. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the database {database} cannot be written (the file or its folder is read-only); nothing was changed. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>impossible d’écrire dans la base de données {database} (le fichier ou son dossier est en lecture seule) ; rien n’a été modifié. Choisissez un autre dossier de données dans les Paramètres, ou démarrez fwgdesk avec --data-dir.</translation>
    </message>
    <message>
        <source>the database {database} is being used by another program (another fwgdesk window, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>la base de données {database} est utilisée par un autre programme (une autre fenêtre de fwgdesk, un outil de sauvegarde ou de synchronisation ?). Fermez-le et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the database {database} was upgraded by a newer version of fwgdesk (schema {revision}); this one knows schema {ours}: install the newer version</source>
        <translation>la base de données {database} a été mise à niveau par une version plus récente de fwgdesk (schéma {revision}) ; celle-ci connaît le schéma {ours} : installez la version plus récente</translation>
    </message>
    <message>
        <source>the date is before the last stage change ({latest})</source>
        <translation>la date est antérieure au dernier changement d’étape ({latest})</translation>
    </message>
    <message>
        <source>the designation of {name} ({iso3})</source>
        <translation>la désignation de {name} ({iso3})</translation>
    </message>
    <message>
        <source>the designation of {name} would end on {ended_on}, before it began on {designated_on}</source>
        <translation>la désignation de {name} prendrait fin le {ended_on}, avant d’avoir commencé le {designated_on}</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full: the {what} {path} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>le disque contenant {folder} est plein : impossible d’écrire {path} ({what}) et rien n’a été modifié. Libérez de l’espace sur ce disque et réessayez.</translation>
    </message>
    <message>
        <source>the disk holding {place} is full: the database {database} could not be written and nothing was changed. Free some space on that disk and try again.</source>
        <translation>le disque contenant {place} est plein : impossible d’écrire dans la base de données {database} et rien n’a été modifié. Libérez de l’espace sur ce disque et réessayez.</translation>
    </message>
    <message>
        <source>the end date is before the designation date</source>
        <translation>la date de fin est antérieure à la date de désignation</translation>
    </message>
    <message>
        <source>the end date {until} is before the start date {since}</source>
        <translation>la date de fin {until} est antérieure à la date de début {since}</translation>
    </message>
    <message>
        <source>the entry is damaged ({reason})</source>
        <translation>l’entrée est endommagée ({reason})</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>l’entrée est chiffrée</translation>
    </message>
    <message>
        <source>the entry unpacks to more than its header declares</source>
        <translation>l’entrée se décompresse au-delà de la taille déclarée dans son en-tête</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>le fichier est du texte UTF-16 ; enregistrez-le en UTF-8 (dans Excel : CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is too large ({size}; an update may be at most {cap})</source>
        <translation>le fichier est trop volumineux ({size} ; une mise à jour ne peut dépasser {cap})</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {{…}}, not {kind}</source>
        <translation>le fichier doit contenir un seul objet JSON {{…}}, et non {kind}</translation>
    </message>
    <message>
        <source>the first row of the manifest must name its two columns: {columns}</source>
        <translation>la première ligne du manifeste doit nommer ses deux colonnes : {columns}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>le dossier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the folder holds no CSV files (manifest.csv and &lt;table&gt;.csv)</source>
        <translation>le dossier ne contient aucun fichier CSV (manifest.csv et &lt;table&gt;.csv)</translation>
    </message>
    <message>
        <source>the folder holds too many CSV files (at most {most})</source>
        <translation>le dossier contient trop de fichiers CSV (au maximum {most})</translation>
    </message>
    <message>
        <source>the item {code} belongs to the source {old}: an update cannot move it to {new}</source>
        <translation>l’élément {code} appartient à la source {old} : une mise à jour ne peut pas le déplacer vers {new}</translation>
    </message>
    <message numerus="yes">
        <source>the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of deleting it</source>
        <translation>
            <numerusform>l’élément {code} est associé à {count} État : retirez-le (withdrawn_on) au lieu de le supprimer</numerusform>
            <numerusform>l’élément {code} est associé à {count} États : retirez-le (withdrawn_on) au lieu de le supprimer</numerusform>
        </translation>
    </message>
    <message>
        <source>the key ({key}) appears more than once</source>
        <translation>la clé ({key}) apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>the key appears more than once</source>
        <translation>la clé apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>la clé apparaît deux fois</translation>
    </message>
    <message>
        <source>the key index</source>
        <translation>index des clés</translation>
    </message>
    <message>
        <source>the key is not valid JSON ({reason})</source>
        <translation>la clé n’est pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <source>the key must be a JSON object or &apos;name=value;name=value&apos;</source>
        <translation>la clé doit être un objet JSON ou « name=value;name=value »</translation>
    </message>
    <message>
        <source>the key {key_id} signs the updates of {owner}, not of {publisher}</source>
        <translation>la clé {key_id} signe les mises à jour de {owner}, pas celles de {publisher}</translation>
    </message>
    <message>
        <source>the link of {code} to {state}</source>
        <translation>le lien de {code} avec {state}</translation>
    </message>
    <message>
        <source>the list names an item twice</source>
        <translation>la liste nomme un élément deux fois</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>le manifeste est vide</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; appears more than once</source>
        <translation>le nom « {name} » apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>the name of a trusted key cannot be empty</source>
        <translation>le nom d’une clé de confiance ne peut pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>the name of a trusted key is limited to {most} characters</source>
        <translation>
            <numerusform>le nom d’une clé de confiance est limité à {most} caractère</numerusform>
            <numerusform>le nom d’une clé de confiance est limité à {most} caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>the part {part} is missing</source>
        <translation>la partie {part} est manquante</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la phrase secrète est vide</translation>
    </message>
    <message>
        <source>the person #{id}</source>
        <translation>la personne n° {id}</translation>
    </message>
    <message>
        <source>the private and the public key need two different files</source>
        <translation>la clé privée et la clé publique doivent être dans deux fichiers différents</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s progress is a share from 0 to 1</source>
        <translation>l’avancement du questionnaire est une proportion comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>the request for assistance with {topic} of {on} ({state})</source>
        <translation>la demande d’assistance « {topic} » du {on} ({state})</translation>
    </message>
    <message>
        <source>the review #{id}</source>
        <translation>l’examen n° {id}</translation>
    </message>
    <message>
        <source>the review group is 1, 2 or 3</source>
        <translation>le groupe d’examen est 1, 2 ou 3</translation>
    </message>
    <message>
        <source>the review is already at {stage}</source>
        <translation>l’examen est déjà à l’étape {stage}</translation>
    </message>
    <message>
        <source>the review of {state}, group {group}, cluster {cluster}</source>
        <translation>l’examen de {state}, groupe {group}, groupe thématique {cluster}</translation>
    </message>
    <message>
        <source>the review would be at this stage since {on}, before its latest stage change ({stage} on {latest_on}); give a later date, or delete that stage change in the same update</source>
        <translation>l’examen serait à cette étape depuis le {on}, avant son dernier changement d’étape ({stage} le {latest_on}) ; indiquez une date ultérieure, ou supprimez ce changement d’étape dans la même mise à jour</translation>
    </message>
    <message>
        <source>the review {review}</source>
        <translation>l’examen {review}</translation>
    </message>
    <message>
        <source>the review {review} is not suspended, but would keep a reason for a suspension</source>
        <translation>l’examen {review} n’est pas suspendu, mais conserverait un motif de suspension</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since} with no stage change recorded</source>
        <translation>l’examen {review} serait à l’étape {stage} depuis le {since} sans qu’aucun changement d’étape soit enregistré</translation>
    </message>
    <message>
        <source>the review {review} would be at the stage {stage} since {since}, but its latest stage change is to {latest_stage} on {latest_on}</source>
        <translation>l’examen {review} serait à l’étape {stage} depuis le {since}, mais son dernier changement d’étape le fait passer à {latest_stage} le {latest_on}</translation>
    </message>
    <message>
        <source>the review {review}: self-assessment submitted on {on}</source>
        <translation>l’examen {review} : auto-évaluation soumise le {on}</translation>
    </message>
    <message>
        <source>the schema of {database} is changed only by its owner role ({owner}); you connect as {role}. Ask the owner to run `fwgdesk db upgrade`; nothing was changed.</source>
        <translation>le schéma de {database} n’est modifié que par son rôle propriétaire ({owner}) ; vous êtes connecté en tant que {role}. Demandez au propriétaire d’exécuter `fwgdesk db upgrade` ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the search text is empty</source>
        <translation>le texte de recherche est vide</translation>
    </message>
    <message>
        <source>the self-assessment progress of the review {review} would be {value}, outside 0 to 1</source>
        <translation>l’avancement de l’auto-évaluation de l’examen {review} serait de {value}, hors de l’intervalle 0 à 1</translation>
    </message>
    <message>
        <source>the server of {database}</source>
        <translation>le serveur de {database}</translation>
    </message>
    <message>
        <source>the shared database {database} has schema {revision}; this version of fwgdesk needs schema {ours}. Everyone using it must then use this version: upgrade it with `fwgdesk db upgrade`, or ask its owner.</source>
        <translation>la base de données partagée {database} a le schéma {revision} ; cette version de fwgdesk a besoin du schéma {ours}. Toutes les personnes qui l’utilisent devront alors utiliser cette version : mettez-la à niveau avec `fwgdesk db upgrade`, ou demandez-le à son propriétaire.</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part (no relationship &apos;{relationship}&apos;)</source>
        <translation>la feuille « {sheet} » n’a pas de partie (pas de relation « {relationship} »)</translation>
    </message>
    <message>
        <source>the sheet &apos;{sheet}&apos; has no part ({part})</source>
        <translation>la feuille « {sheet} » n’a pas de partie ({part})</translation>
    </message>
    <message numerus="yes">
        <source>the signature has {count} bytes; an Ed25519 signature has {expected}</source>
        <translation>
            <numerusform>la signature compte {count} octet ; une signature Ed25519 en compte {expected}</numerusform>
            <numerusform>la signature compte {count} octets ; une signature Ed25519 en compte {expected}</numerusform>
        </translation>
    </message>
    <message>
        <source>the signature is missing or not text</source>
        <translation>la signature est absente ou n’est pas du texte</translation>
    </message>
    <message>
        <source>the signature is not valid base64</source>
        <translation>la signature n’est pas du base64 valide</translation>
    </message>
    <message numerus="yes">
        <source>the source {code} still has {count} catalogue item(s): delete or move them first</source>
        <translation>
            <numerusform>la source {code} compte encore {count} élément du catalogue : supprimez-le ou déplacez-le d’abord</numerusform>
            <numerusform>la source {code} compte encore {count} éléments du catalogue : supprimez-les ou déplacez-les d’abord</numerusform>
        </translation>
    </message>
    <message>
        <source>the text holds an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode</source>
        <translation>le texte contient un demi-codet isolé (U+D800 à U+DFFF) : Unicode non valide</translation>
    </message>
    <message>
        <source>the text holds control characters</source>
        <translation>le texte contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the update both writes and deletes this {table} row</source>
        <translation>la mise à jour écrit et supprime à la fois cet enregistrement de {table}</translation>
    </message>
    <message>
        <source>the update deletes the State &apos;{code}&apos;</source>
        <translation>la mise à jour supprime l’État « {code} »</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}: {signature}</source>
        <translation>la mise à jour se dit de {publisher}, dont les mises à jour sont signées avec la clé {keys} : {signature}</translation>
    </message>
    <message>
        <source>the update says it is from {publisher}, whose updates are signed with the key {keys}; it is signed with another key</source>
        <translation>la mise à jour se dit de {publisher}, dont les mises à jour sont signées avec la clé {keys} ; elle est signée avec une autre clé</translation>
    </message>
    <message numerus="yes">
        <source>the update was refused, {count} problem(s):
{problems}{more}</source>
        <translation>
            <numerusform>la mise à jour a été refusée, {count} problème :
{problems}{more}</numerusform>
            <numerusform>la mise à jour a été refusée, {count} problèmes :
{problems}{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>the update would break a rule: {problem}</source>
        <translation>la mise à jour enfreindrait une règle : {problem}</translation>
    </message>
    <message>
        <source>the {what} {path} cannot be written: the folder {folder} or the {what} is read-only; nothing was changed. Choose another folder.</source>
        <translation>impossible d’écrire {path} ({what}) : le dossier {folder} ou ce {what} est en lecture seule ; rien n’a été modifié. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>the {what} {path} is open in another program (a spreadsheet, a PDF viewer, a backup or sync tool?). Close it and try again; nothing was changed.</source>
        <translation>{path} ({what}) est ouvert dans un autre programme (un tableur, une visionneuse PDF, un outil de sauvegarde ou de synchronisation ?). Fermez-le et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>il n’y a aucune importation à annuler</translation>
    </message>
    <message>
        <source>these stage changes would leave the review {review} at {stage} while its latest stage change is to {latest}; give the review&apos;s new stage in the table reviews too</source>
        <translation>ces changements d’étape laisseraient l’examen {review} à l’étape {stage} alors que son dernier changement d’étape le fait passer à {latest} ; indiquez aussi la nouvelle étape de l’examen dans la table reviews</translation>
    </message>
    <message>
        <source>this column cannot be emptied: give a value, or leave the column out to keep the current one</source>
        <translation>cette colonne ne peut pas être vidée : donnez une valeur, ou omettez la colonne pour garder la valeur actuelle</translation>
    </message>
    <message>
        <source>too many entries for {what} (at most {most})</source>
        <translation>trop d’entrées pour {what} (au maximum {most})</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos;</source>
        <translation>État inconnu « {iso3} »</translation>
    </message>
    <message>
        <source>unknown State &apos;{iso3}&apos; (an ISO 3166 alpha-3 code)</source>
        <translation>État inconnu « {iso3} » (un code ISO 3166 alpha-3)</translation>
    </message>
    <message>
        <source>unknown State code &apos;{code}&apos;</source>
        <translation>code d’État inconnu « {code} »</translation>
    </message>
    <message>
        <source>unknown State codes: {codes}</source>
        <translation>codes d’État inconnus : {codes}</translation>
    </message>
    <message>
        <source>unknown States: {codes}</source>
        <translation>États inconnus : {codes}</translation>
    </message>
    <message>
        <source>unknown catalogue code &apos;{code}&apos;</source>
        <translation>code du catalogue inconnu « {code} »</translation>
    </message>
    <message>
        <source>unknown catalogue codes: {codes}</source>
        <translation>codes du catalogue inconnus : {codes}</translation>
    </message>
    <message>
        <source>unknown choice &apos;{keep}&apos; for what to keep of removed people (one of: {choices})</source>
        <translation>choix inconnu « {keep} » pour les données à conserver des personnes retirées (choix possibles : {choices})</translation>
    </message>
    <message>
        <source>unknown column of {table}</source>
        <translation>colonne inconnue de {table}</translation>
    </message>
    <message>
        <source>unknown format &apos;{container}&apos; (one of: {containers})</source>
        <translation>format inconnu « {container} » (formats possibles : {containers})</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (one of: {formats})</source>
        <translation>format inconnu « {fmt} » (formats possibles : {formats})</translation>
    </message>
    <message>
        <source>unknown key (not part of the update format)</source>
        <translation>clé inconnue (ne fait pas partie du format de mise à jour)</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: choose one of {known}</source>
        <translation>langue inconnue « {language} » : choisissez parmi {known}</translation>
    </message>
    <message>
        <source>unknown manifest key (the keys are: {keys})</source>
        <translation>clé de manifeste inconnue (les clés sont : {keys})</translation>
    </message>
    <message>
        <source>unknown regional group &apos;{region}&apos;: choose one of {known}</source>
        <translation>groupe régional inconnu « {region} » : choisissez parmi {known}</translation>
    </message>
    <message>
        <source>unknown source document &apos;{code}&apos;: it must be in the database or in this update</source>
        <translation>document source inconnu &apos;{code}&apos; : il doit figurer dans la base de données ou dans cette mise à jour</translation>
    </message>
    <message>
        <source>unknown table &apos;{table}&apos;</source>
        <translation>table inconnue « {table} »</translation>
    </message>
    <message>
        <source>unknown theme &apos;{code}&apos; (the catalogue&apos;s themes: {known})</source>
        <translation>thème inconnu &apos;{code}&apos; (thèmes du catalogue : {known})</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>unknown {kind} &apos;{value}&apos;: choose one of {known}</source>
        <translation>valeur inconnue pour le filtre « {kind} » : « {value} » ; choisissez parmi {known}</translation>
    </message>
    <message>
        <source>unsupported compression (method {method})</source>
        <translation>compression non prise en charge (méthode {method})</translation>
    </message>
    <message>
        <source>version {version} is not supported (this fwgdesk reads version {supported})</source>
        <translation>la version {version} n’est pas prise en charge (cette version de fwgdesk lit la version {supported})</translation>
    </message>
    <message>
        <source>you connect to {database} with a role that may only read: nothing can be changed here</source>
        <translation>vous êtes connecté à {database} avec un rôle en lecture seule : rien ne peut être modifié ici</translation>
    </message>
    <message>
        <source>{change}</source>
        <translation>{change}</translation>
    </message>
    <message>
        <source>{code} is not linked to {iso3}</source>
        <translation>{code} n’est pas associé à {iso3}</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column} : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{count} bytes</source>
        <translation>
            <numerusform>{count} octet</numerusform>
            <numerusform>{count} octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} change(s) look like damage rather than news: look at them before applying</source>
        <translation>
            <numerusform>{count} modification ressemble plus à une dégradation qu’à une information nouvelle : examinez-la avant d’appliquer</numerusform>
            <numerusform>{count} modifications ressemblent plus à une dégradation qu’à une information nouvelle : examinez-les avant d’appliquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} others</source>
        <translation>
            <numerusform>{count} autre</numerusform>
            <numerusform>{count} autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of {table}</source>
        <translation>
            <numerusform>{count} enregistrement de {table}</numerusform>
            <numerusform>{count} enregistrements de {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</source>
        <translation>
            <numerusform>{count} enregistrement renvoie à des enregistrements qui n’existent plus ({problem}) ; lancez Vérifier la base (`fwgdesk db check`) pour le réparer</numerusform>
            <numerusform>{count} enregistrements renvoient à des enregistrements qui n’existent plus ({problem}) ; lancez Vérifier la base (`fwgdesk db check`) pour les réparer</numerusform>
        </translation>
    </message>
    <message>
        <source>{database}: could not restore ({reason}); {kept} holds the database as it was</source>
        <translation>{database} : la restauration a échoué ({reason}) ; {kept} contient la base de données telle qu’elle était</translation>
    </message>
    <message>
        <source>{database}: not a usable fwgdesk database ({reason})</source>
        <translation>{database} : ce n’est pas une base de données fwgdesk utilisable ({reason})</translation>
    </message>
    <message>
        <source>{database}: the database failed its check: {problem}.</source>
        <translation>{database} : la base de données n’a pas passé sa vérification : {problem}.</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{folder} is on a network share ({kind}). SQLite&apos;s write-ahead log does not work over a network: two computers writing at once can damage the database. Keep the data folder on a local disk, or let the office share one PostgreSQL database (Settings, or --database).</source>
        <translation>{folder} se trouve sur un partage réseau ({kind}). Le journal WAL (write-ahead log) de SQLite ne fonctionne pas sur un réseau : deux ordinateurs qui écrivent en même temps peuvent endommager la base de données. Gardez le dossier de données sur un disque local, ou utilisez pour tout le bureau une seule base de données PostgreSQL partagée (Paramètres, ou --database).</translation>
    </message>
    <message>
        <source>{folder}: the data folder is read-only, so fwgdesk cannot keep its database there. Choose another data folder in Settings, or start fwgdesk with --data-dir.</source>
        <translation>{folder} : le dossier de données est en lecture seule, fwgdesk ne peut donc pas y conserver sa base de données. Choisissez un autre dossier de données dans les Paramètres, ou démarrez fwgdesk avec --data-dir.</translation>
    </message>
    <message>
        <source>{iso3} already has a review in group {group}, cluster {cluster}</source>
        <translation>{iso3} fait déjà l’objet d’un examen dans le groupe {group}, groupe thématique {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has no review in group {group}, cluster {cluster}</source>
        <translation>{iso3} ne fait l’objet d’aucun examen dans le groupe {group}, groupe thématique {cluster}</translation>
    </message>
    <message>
        <source>{iso3} has several active focal points: {people}</source>
        <translation>{iso3} a plusieurs points focaux en fonction : {people}</translation>
    </message>
    <message>
        <source>{iso3} would have more than one active focal point: {people}; end the earlier designation (ended_on) in the same update</source>
        <translation>{iso3} aurait plus d’un point focal en fonction : {people} ; mettez fin à la désignation antérieure (ended_on) dans la même mise à jour</translation>
    </message>
    <message numerus="yes">
        <source>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</source>
        <translation>
            <numerusform>{iso3} aurait {count} point focal actif ({names}) ; mettez d’abord fin à la désignation du plus ancien</numerusform>
            <numerusform>{iso3} aurait {count} points focaux actifs ({names}) ; mettez d’abord fin à la désignation du plus ancien</numerusform>
        </translation>
    </message>
    <message>
        <source>{iso3} would review itself in the review {review}</source>
        <translation>{iso3} s’examinerait lui-même dans l’examen {review}</translation>
    </message>
    <message>
        <source>{key} is not a key id (16 hexadecimal digits, as `fwgdesk keys list` shows them)</source>
        <translation>{key} n’est pas un identifiant de clé (16 chiffres hexadécimaux, tels que `fwgdesk keys list` les affiche)</translation>
    </message>
    <message>
        <source>{name} (since {since})</source>
        <translation>{name} (depuis le {since})</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} n’est pas un nombre JSON</translation>
    </message>
    <message>
        <source>{name} is {iso3}&apos;s active focal point (since {since}); end that designation on a date to designate another</source>
        <translation>{name} est le point focal en fonction de {iso3} (depuis le {since}) ; mettez fin à cette désignation à une date donnée pour en désigner un autre</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>{part}: XML with a document type or entity declarations</source>
        <translation>{part} : XML contenant une déclaration de type de document ou d’entités</translation>
    </message>
    <message>
        <source>{part}: not well-formed XML ({reason})</source>
        <translation>{part} : XML mal formé ({reason})</translation>
    </message>
    <message>
        <source>{path} is a file: --split writes one file per State into a folder</source>
        <translation>{path} est un fichier : --split écrit un fichier par État dans un dossier</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf</source>
        <translation>{path} est un dossier : indiquez un nom de fichier se terminant par .pdf</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .pdf, or use --split</source>
        <translation>{path} est un dossier : indiquez un nom de fichier se terminant par .pdf, ou utilisez --split</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a regular file: an update is read from regular files only</source>
        <translation>{path} est {kind}, pas un fichier ordinaire : une mise à jour ne se lit que dans des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{path}: a file name holding a line break</source>
        <translation>{path} : un nom de fichier contenant un saut de ligne</translation>
    </message>
    <message>
        <source>{path}: a symbolic link in a signed folder</source>
        <translation>{path} : un lien symbolique dans un dossier signé</translation>
    </message>
    <message>
        <source>{path}: already exists; it is not overwritten</source>
        <translation>{path} : existe déjà ; il n’est pas écrasé</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path} : ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{path}: holds key {found}, not {expected}</source>
        <translation>{path} : contient la clé {found}, et non {expected}</translation>
    </message>
    <message>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path} : est un dossier, et non un {what}</translation>
    </message>
    <message>
        <source>{path}: is a private key; trust the public key (.pub) and keep the private key secret</source>
        <translation>{path} : est une clé privée ; faites confiance à la clé publique (.pub) et gardez la clé privée secrète</translation>
    </message>
    <message>
        <source>{path}: is a public key; signing needs the private key (.key)</source>
        <translation>{path} : est une clé publique ; la signature nécessite la clé privée (.key)</translation>
    </message>
    <message>
        <source>{path}: made by another version of fwgdesk (schema {revision})</source>
        <translation>{path} : créé par une autre version de fwgdesk (schéma {revision})</translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than {most} files</source>
        <translation>
            <numerusform>{path} : plus de {most} fichier</numerusform>
            <numerusform>{path} : plus de {most} fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: must hold a JSON object {{key_id: name}}</source>
        <translation>{path} : doit contenir un objet JSON {{key_id: name}}</translation>
    </message>
    <message>
        <source>{path}: no such backup file</source>
        <translation>{path} : fichier de sauvegarde introuvable</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: not a PEM private key ({reason})</source>
        <translation>{path} : ce n’est pas une clé privée PEM ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a PEM public key</source>
        <translation>{path} : ce n’est pas une clé publique PEM</translation>
    </message>
    <message>
        <source>{path}: not a sound SQLite database ({reason})</source>
        <translation>{path} : ce n’est pas une base de données SQLite saine ({reason})</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 key; update files are signed with Ed25519</source>
        <translation>{path} : ce n’est pas une clé Ed25519 ; les fichiers de mise à jour sont signés avec Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an Ed25519 public key; update files are signed with Ed25519</source>
        <translation>{path} : ce n’est pas une clé publique Ed25519 ; les fichiers de mise à jour sont signés avec Ed25519</translation>
    </message>
    <message>
        <source>{path}: not an fwgdesk database ({reason})</source>
        <translation>{path} : ce n’est pas une base de données fwgdesk ({reason})</translation>
    </message>
    <message>
        <source>{path}: the names of the trusted keys cannot be read; fix or delete it ({reason})</source>
        <translation>{path} : les noms des clés de confiance ne peuvent pas être lus ; corrigez ou supprimez ce fichier ({reason})</translation>
    </message>
    <message>
        <source>{path}: the output file name must end in .pdf</source>
        <translation>{path} : le nom du fichier de sortie doit se terminer par .pdf</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is empty</source>
        <translation>{path} : le fichier de phrase secrète est vide</translation>
    </message>
    <message>
        <source>{path}: the passphrase file is not UTF-8 text</source>
        <translation>{path} : le fichier de phrase secrète n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{path}: the private key is protected by a passphrase; give it with --passphrase-file</source>
        <translation>{path} : la clé privée est protégée par une phrase secrète ; indiquez-la avec --passphrase-file</translation>
    </message>
    <message>
        <source>{path}: the settings file cannot be read ({reason})</source>
        <translation>{path} : le fichier de paramètres ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{path}: the settings file must hold a JSON object</source>
        <translation>{path} : le fichier de paramètres doit contenir un objet JSON</translation>
    </message>
    <message numerus="yes">
        <source>{path}: too large for {what} (more than {most} bytes)</source>
        <translation>
            <numerusform>{path} : trop volumineux pour {what} (plus de {most} octet)</numerusform>
            <numerusform>{path} : trop volumineux pour {what} (plus de {most} octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or the key file is damaged</source>
        <translation>{path} : phrase secrète erronée, ou fichier de clé endommagé</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{problem} It was restored from the backup made before.</source>
        <translation>{problem} Elle a été restaurée à partir de la copie de sauvegarde faite auparavant.</translation>
    </message>
    <message>
        <source>{problem} No good backup was found.</source>
        <translation>{problem} Aucune copie de sauvegarde valide n’a été trouvée.</translation>
    </message>
    <message>
        <source>{problem} The newest good backup is {backup}: restore it with `fwgdesk db restore {backup}`.</source>
        <translation>{problem} La copie de sauvegarde valide la plus récente est {backup} : restaurez-la avec `fwgdesk db restore {backup}`.</translation>
    </message>
    <message>
        <source>{row} (exists again)</source>
        <translation>{row} (existe de nouveau)</translation>
    </message>
    <message>
        <source>{signature}</source>
        <translation>{signature}</translation>
    </message>
    <message>
        <source>{signature} — confirm to import it anyway</source>
        <translation>{signature} — confirmez pour l’importer quand même</translation>
    </message>
    <message>
        <source>{signature}; run with --yes to import it anyway</source>
        <translation>{signature} ; lancez la commande avec --yes pour l’importer quand même</translation>
    </message>
    <message>
        <source>{size} GiB</source>
        <translation>{size} Gio</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} Mio</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} sur {host}</translation>
    </message>
    <message>
        <source>{value} is above {maximum}</source>
        <translation>{value} est supérieur à {maximum}</translation>
    </message>
    <message>
        <source>{value} is below {minimum}</source>
        <translation>{value} est inférieur à {minimum}</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it; nothing was saved.
{changes}
Reload to see their change, or save yours over it.</source>
        <translation>Quelqu’un d’autre a modifié {what} depuis son ouverture ; rien n’a été enregistré.
{changes}
Rechargez pour voir ses modifications, ou enregistrez les vôtres à leur place.</translation>
    </message>
    <message>
        <source>{what} was changed by someone else while you were editing it:
{changes}
Saving will ask whether to keep their change or save yours over it.</source>
        <translation>Quelqu’un d’autre a modifié {what} pendant que vous le modifiiez :
{changes}
À l’enregistrement, vous pourrez garder ses modifications ou enregistrer les vôtres à leur place.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else since you opened it; nothing was saved.</source>
        <translation>Quelqu’un d’autre a supprimé {what} depuis son ouverture ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{what} was removed by someone else while you were editing it; it can no longer be saved.</source>
        <translation>Quelqu’un d’autre a supprimé {what} pendant que vous le modifiiez ; il ne peut plus être enregistré.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>• added ({who}, {at})</source>
        <translation>• ajout ({who}, {at})</translation>
    </message>
    <message>
        <source>• {field}: {old} → {new} ({who}, {at})</source>
        <translation>• {field} : {old} → {new} ({who}, {at})</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Assistance with {topic} ({state}), asked on {date}</source>
        <translation>Assistance : {topic} ({state}), demandée le {date}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
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
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>{name} ({state}), {role}</source>
        <translation>{name} ({state}), {role}</translation>
    </message>
    <message>
        <source>{reviewer}, reviewing {review}</source>
        <translation>{reviewer}, examinateur de {review}</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>{stage} on {date}: {review}</source>
        <translation>{stage} le {date} : {review}</translation>
    </message>
    <message>
        <source>{state}, group {group}, cluster {cluster}</source>
        <translation>{state}, groupe {group}, groupe thématique {cluster}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Could not redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
</context>
</TS>
