<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssistancePanel</name>
    <message numerus="yes">
        <source>Technical assistance ({count} open)</source>
        <translation>
            <numerusform>Technical assistance ({count} open)</numerusform>
            <numerusform>Technical assistance ({count} open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message numerus="yes">
        <source>Linked by {n} States</source>
        <translation>
            <numerusform>Linked by {n} State</numerusform>
            <numerusform>Linked by {n} States</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of {total} items</source>
        <translation>
            <numerusform>{n} of {total} item</numerusform>
            <numerusform>{n} of {total} items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} row written to {path}</numerusform>
            <numerusform>{rows} rows written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>{entries} change(s) written to {path}.</source>
        <translation>
            <numerusform>{entries} change written to {path}.</numerusform>
            <numerusform>{entries} changes written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} changes</source>
        <translation>
            <numerusform>{shown} of {total} change</numerusform>
            <numerusform>{shown} of {total} changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{withheld} personal value(s) were left out (contact details, and data of people no longer in the database).</source>
        <translation>
            <numerusform>{withheld} personal value was left out (contact details, and data of people no longer in the database).</numerusform>
            <numerusform>{withheld} personal values were left out (contact details, and data of people no longer in the database).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Decide {count} conflict(s) first.</source>
        <translation>
            <numerusform>Decide {count} conflict first.</numerusform>
            <numerusform>Decide {count} conflicts first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) with your local changes, {undecided} undecided</source>
        <translation>
            <numerusform>{count} conflict with your local changes, {undecided} undecided</numerusform>
            <numerusform>{count} conflicts with your local changes, {undecided} undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) shown</source>
        <translation>
            <numerusform>{count} row shown</numerusform>
            <numerusform>{count} rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message numerus="yes">
        <source>Import {batch} ({file}) was undone: {reverted} change(s) reverted.</source>
        <translation>
            <numerusform>Import {batch} ({file}) was undone: {reverted} change reverted.</numerusform>
            <numerusform>Import {batch} ({file}) was undone: {reverted} changes reverted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} local change(s) made after the import were kept (see the details).</source>
        <translation>
            <numerusform>{count} local change made after the import was kept (see the details).</numerusform>
            <numerusform>{count} local changes made after the import were kept (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) written to {path}</source>
        <translation>
            <numerusform>{rows} row written to {path}</numerusform>
            <numerusform>{rows} rows written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message numerus="yes">
        <source>{count} chosen of {shown} shown.</source>
        <translation>
            <numerusform>{count} chosen of {shown} shown.</numerusform>
            <numerusform>{count} chosen of {shown} shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items of “{theme}” will be linked (all not linked yet).</source>
        <translation>
            <numerusform>{count} item of “{theme}” will be linked (all not linked yet).</numerusform>
            <numerusform>{count} items of “{theme}” will be linked (all not linked yet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message numerus="yes">
        <source>Accept {count} suggested links</source>
        <translation>
            <numerusform>Accept {count} suggested link</numerusform>
            <numerusform>Accept {count} suggested links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss {count} suggested links</source>
        <translation>
            <numerusform>Dismiss {count} suggested link</numerusform>
            <numerusform>Dismiss {count} suggested links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link {count} recommendations</source>
        <translation>
            <numerusform>Link {count} recommendation</numerusform>
            <numerusform>Link {count} recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of {count} links to {status}</source>
        <translation>
            <numerusform>Set the status of {count} link to {status}</numerusform>
            <numerusform>Set the status of {count} links to {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink {count} recommendations</source>
        <translation>
            <numerusform>Unlink {count} recommendation</numerusform>
            <numerusform>Unlink {count} recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message numerus="yes">
        <source>Changed · {count} field(s)</source>
        <translation>
            <numerusform>Changed · {count} field</numerusform>
            <numerusform>Changed · {count} fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) decided</source>
        <translation>
            <numerusform>{count} conflict decided</numerusform>
            <numerusform>{count} conflicts decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} conflict(s) to decide</source>
        <translation>
            <numerusform>{count} conflict to decide</numerusform>
            <numerusform>{count} conflicts to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>{file} was refused: {count} problem(s) found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</source>
        <translation>
            <numerusform>{file} was refused: {count} problem found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</numerusform>
            <numerusform>{file} was refused: {count} problems found. Nothing was changed. Correct the file, or ask the Secretariat for a corrected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <source>{count} file(s) saved in {folder}</source>
        <translation>
            <numerusform>{count} file saved in {folder}</numerusform>
            <numerusform>{count} files saved in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s) sent to the printer.</source>
        <translation>
            <numerusform>{count} page sent to the printer.</numerusform>
            <numerusform>{count} pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sheet(s) shown.</source>
        <translation>
            <numerusform>{count} sheet shown.</numerusform>
            <numerusform>{count} sheets shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatesTable</name>
    <message numerus="yes">
        <source>All {total} States</source>
        <translation>
            <numerusform>All {total} States</numerusform>
            <numerusform>All {total} States</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} States</source>
        <translation>
            <numerusform>{shown} of {total} State</numerusform>
            <numerusform>{shown} of {total} States</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <source>{count} finding(s) were gone by then and left as they were.</source>
        <translation>
            <numerusform>{count} finding was gone by then and left as it was.</numerusform>
            <numerusform>{count} findings were gone by then and left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s), {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</source>
        <translation>
            <numerusform>{count} finding, {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</numerusform>
            <numerusform>{count} findings, {repairable} with a repair. Nothing has been changed: tick the repairs to make and choose Repair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} repair(s) made.</source>
        <translation>
            <numerusform>{count} repair made.</numerusform>
            <numerusform>{count} repairs made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>
  … and {count} more</source>
        <translation>
            <numerusform>
  … and {count} more</numerusform>
            <numerusform>
  … and {count} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is empty, unreadable or larger than {most} bytes</source>
        <translation>
            <numerusform>it is empty, unreadable or larger than {most} byte</numerusform>
            <numerusform>it is empty, unreadable or larger than {most} bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} columns</source>
        <translation>
            <numerusform>more than {count} column</numerusform>
            <numerusform>more than {count} columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} lines</source>
        <translation>
            <numerusform>more than {count} line</numerusform>
            <numerusform>more than {count} lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {count} rows</source>
        <translation>
            <numerusform>more than {count} row</numerusform>
            <numerusform>more than {count} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than {most} files in the folder</source>
        <translation>
            <numerusform>more than {most} file in the folder</numerusform>
            <numerusform>more than {most} files in the folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text longer than {most} characters</source>
        <translation>
            <numerusform>text longer than {most} character</numerusform>
            <numerusform>text longer than {most} characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the item {code} is linked to {count} State(s): withdraw it (withdrawn_on) instead of deleting it</source>
        <translation>
            <numerusform>the item {code} is linked to {count} State: withdraw it (withdrawn_on) instead of deleting it</numerusform>
            <numerusform>the item {code} is linked to {count} States: withdraw it (withdrawn_on) instead of deleting it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the name of a trusted key is limited to {most} characters</source>
        <translation>
            <numerusform>the name of a trusted key is limited to {most} character</numerusform>
            <numerusform>the name of a trusted key is limited to {most} characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the signature has {count} bytes; an Ed25519 signature has {expected}</source>
        <translation>
            <numerusform>the signature has {count} byte; an Ed25519 signature has {expected}</numerusform>
            <numerusform>the signature has {count} bytes; an Ed25519 signature has {expected}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the source {code} still has {count} catalogue item(s): delete or move them first</source>
        <translation>
            <numerusform>the source {code} still has {count} catalogue item: delete or move it first</numerusform>
            <numerusform>the source {code} still has {count} catalogue items: delete or move them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the update was refused, {count} problem(s):
{problems}{more}</source>
        <translation>
            <numerusform>the update was refused, {count} problem:
{problems}{more}</numerusform>
            <numerusform>the update was refused, {count} problems:
{problems}{more}</numerusform>
        </translation>
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
            <numerusform>{count} change looks like damage rather than news: look at it before applying</numerusform>
            <numerusform>{count} changes look like damage rather than news: look at them before applying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} others</source>
        <translation>
            <numerusform>{count} other</numerusform>
            <numerusform>{count} others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) of {table}</source>
        <translation>
            <numerusform>{count} row of {table}</numerusform>
            <numerusform>{count} rows of {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</source>
        <translation>
            <numerusform>{count} row points to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair it</numerusform>
            <numerusform>{count} rows point to rows that no longer exist ({problem}); run Check database (`fwgdesk db check`) to repair them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</source>
        <translation>
            <numerusform>{iso3} would have {count} active focal point ({names}); end the designation of the earlier one first</numerusform>
            <numerusform>{iso3} would have {count} active focal points ({names}); end the designation of the earlier one first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: more than {most} files</source>
        <translation>
            <numerusform>{path}: more than {most} file</numerusform>
            <numerusform>{path}: more than {most} files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: too large for {what} (more than {most} bytes)</source>
        <translation>
            <numerusform>{path}: too large for {what} (more than {most} byte)</numerusform>
            <numerusform>{path}: too large for {what} (more than {most} bytes)</numerusform>
        </translation>
    </message>
</context>
</TS>
