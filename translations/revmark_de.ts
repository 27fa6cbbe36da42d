<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Revmark</name>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>Not mentioned</source>
        <translation>Nicht erwähnt</translation>
    </message>
    <message>
        <source>One voice</source>
        <translation>Eine Stimme</translation>
    </message>
    <message>
        <source>Agree: praise</source>
        <translation>Einig: Lob</translation>
    </message>
    <message>
        <source>Agree: criticism</source>
        <translation>Einig: Kritik</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(ohne Schlagwort)</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>nicht erwähnt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n praise</source>
        <translation>
            <numerusform>%n Lob</numerusform>
            <numerusform>%n Lob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criticism(s)</source>
        <translation>
            <numerusform>%n Kritik</numerusform>
            <numerusform>%n Kritiken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::Accessibility</name>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message numerus="yes">
        <source>%n praise</source>
        <translation>
            <numerusform>%n Lob</numerusform>
            <numerusform>%n Lob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criticism</source>
        <translation>
            <numerusform>%n Kritik</numerusform>
            <numerusform>%n Kritiken</numerusform>
        </translation>
    </message>
    <message>
        <source>Review %1 of %2: %3</source>
        <extracomment>A review column as a screen reader names it: its place among the columns, then title, outlet and counts (&quot;Review 2 of 4: The Salt Orchard, Northgate Weekly, 4 praise, 10 criticism&quot;).</extracomment>
        <translation>Rezension %1 von %2: %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Grade %1 (%2 out of 100)</source>
        <translation>Bewertung %1 (%2 von 100)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed</source>
        <translation>
            <numerusform>%n Annotation konnte nicht platziert werden</numerusform>
            <numerusform>%n Annotationen konnten nicht platziert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Schlagwörter</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>%1: “%2”; %3; %4</source>
        <extracomment>The current annotation for a screen reader: polarity, the marked words, tags, note.</extracomment>
        <translation>%1: „%2“; %3; %4</translation>
    </message>
    <message>
        <source>No current annotation</source>
        <translation>Keine aktuelle Annotation</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationActions</name>
    <message>
        <source>&amp;Praise</source>
        <translation>&amp;Lob</translation>
    </message>
    <message>
        <source>Mark the selection as praise, or relabel the current annotation (Ctrl+1)</source>
        <translation>Die Auswahl als Lob markieren oder die aktuelle Annotation ändern (Ctrl+1)</translation>
    </message>
    <message>
        <source>Praise  Ctrl+1</source>
        <translation>Lob  Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Criticism</source>
        <translation>&amp;Kritik</translation>
    </message>
    <message>
        <source>Mark the selection as criticism, or relabel the current annotation (Ctrl+2)</source>
        <translation>Die Auswahl als Kritik markieren oder die aktuelle Annotation ändern (Ctrl+2)</translation>
    </message>
    <message>
        <source>Criticism  Ctrl+2</source>
        <translation>Kritik  Ctrl+2</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note  Ctrl+3</source>
        <translation>Notiz  Ctrl+3</translation>
    </message>
    <message>
        <source>Select an annotation first: click a highlight or a row in the list.</source>
        <translation>Wählen Sie zuerst eine Annotation aus: Klicken Sie auf eine Hervorhebung oder eine Zeile der Liste.</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Annotation löschen</translation>
    </message>
    <message>
        <source>Select some text in a review first.</source>
        <translation>Wählen Sie zuerst Text in einer Rezension aus.</translation>
    </message>
    <message>
        <source>The selection holds no words to mark.</source>
        <translation>Die Auswahl enthält keine Wörter zum Markieren.</translation>
    </message>
    <message>
        <source>Toggle Tag %1</source>
        <translation>Schlagwort %1 umschalten</translation>
    </message>
    <message>
        <source>Tag &amp;Palette…</source>
        <translation>Schlagwort&amp;palette…</translation>
    </message>
    <message>
        <source>Toggle and create tags of the current annotation by typing (Ctrl+T)</source>
        <translation>Schlagwörter der aktuellen Annotation per Eingabe umschalten und anlegen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Move Span End Left</source>
        <translation>Markierungsende nach links</translation>
    </message>
    <message>
        <source>Move Span End Right</source>
        <translation>Markierungsende nach rechts</translation>
    </message>
    <message>
        <source>Move Span End a Word Left</source>
        <translation>Markierungsende um ein Wort nach links</translation>
    </message>
    <message>
        <source>Move Span End a Word Right</source>
        <translation>Markierungsende um ein Wort nach rechts</translation>
    </message>
    <message>
        <source>Adjust Span Start</source>
        <translation>Markierungsanfang anpassen</translation>
    </message>
    <message>
        <source>Shift+Alt+Left/Right now move the start of the highlight.</source>
        <translation>Shift+Alt+Left/Right verschieben jetzt den Anfang der Hervorhebung.</translation>
    </message>
    <message>
        <source>Adjust Span End</source>
        <translation>Markierungsende anpassen</translation>
    </message>
    <message>
        <source>Shift+Alt+Left/Right now move the end of the highlight.</source>
        <translation>Shift+Alt+Left/Right verschieben jetzt das Ende der Hervorhebung.</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>Mit „%1“ verschlagwortet.</translation>
    </message>
    <message>
        <source>Removed the tag “%1”.</source>
        <translation>Schlagwort „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationListModel</name>
    <message>
        <source>Review</source>
        <translation>Rezension</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Schlagwörter</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationMerger</name>
    <message numerus="yes">
        <source>%n at their place</source>
        <translation>
            <numerusform>%n an ihrer Stelle</numerusform>
            <numerusform>%n an ihrer Stelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found again by their quote</source>
        <translation>
            <numerusform>%n anhand ihres Zitats wiedergefunden</numerusform>
            <numerusform>%n anhand ihres Zitats wiedergefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphans</source>
        <translation>
            <numerusform>%n als verwaist behalten</numerusform>
            <numerusform>%n als verwaist behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported no annotations.</source>
        <translation>Keine Annotationen importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s): %1.</source>
        <translation>
            <numerusform>%n Annotation importiert: %1.</numerusform>
            <numerusform>%n Annotationen importiert: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added.</source>
        <translation>
            <numerusform>%n Rezension hinzugefügt.</numerusform>
            <numerusform>%n Rezensionen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n Schlagwort hinzugefügt.</numerusform>
            <numerusform>%n Schlagwörter hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project.</source>
        <translation>
            <numerusform>%n bereits im Projekt.</numerusform>
            <numerusform>%n bereits im Projekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had neither praise nor criticism: marked as praise with the tag “%1”.</source>
        <translation>
            <numerusform>%n hatte weder Lob noch Kritik: als Lob mit dem Schlagwort „%1“ markiert.</numerusform>
            <numerusform>%n hatten weder Lob noch Kritik: als Lob mit dem Schlagwort „%1“ markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no review and became orphans of the first one.</source>
        <translation>
            <numerusform>%n passte zu keiner Rezension und wurde der ersten als verwaiste Annotation zugeordnet.</numerusform>
            <numerusform>%n passten zu keiner Rezension und wurden der ersten als verwaiste Annotationen zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import “%1”: the project has no reviews to add its annotations to. Add the reviews first.</source>
        <translation>„%1“ konnte nicht importiert werden: Das Projekt enthält keine Rezensionen, denen die Annotationen hinzugefügt werden könnten. Fügen Sie zuerst die Rezensionen hinzu.</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationPanel</name>
    <message>
        <source>Review filter</source>
        <translation>Filter nach Rezension</translation>
    </message>
    <message>
        <source>Polarity filter</source>
        <translation>Filter nach Wertung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter nach Schlagwort</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Mark as praise</source>
        <translation>Als Lob markieren</translation>
    </message>
    <message>
        <source>Mark as criticism</source>
        <translation>Als Kritik markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this annotation</source>
        <translation>Diese Annotation löschen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Alle Rezensionen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) · %1 praise · %2 criticism</source>
        <translation>
            <numerusform>%n Annotation · Lob: %1 · Kritik: %2</numerusform>
            <numerusform>%n Annotationen · Lob: %1 · Kritik: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>Revmark::ColumnsArea</name>
    <message>
        <source>No reviews yet</source>
        <translation>Noch keine Rezensionen</translation>
    </message>
    <message>
        <source>Add review files (plain text, Markdown, HTML) with File › Add Reviews…, or drop them on this window.</source>
        <translation>Fügen Sie Rezensionsdateien (reiner Text, Markdown, HTML) mit Datei › Rezensionen hinzufügen… hinzu oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Press %1 to add review files (plain text, Markdown, HTML), or drop them on this window.</source>
        <translation>Drücken Sie %1, um Rezensionsdateien (reiner Text, Markdown, HTML) hinzuzufügen, oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Press %1 to open a project.</source>
        <translation>Drücken Sie %1, um ein Projekt zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Revmark::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Zeigt diese Hilfe an und beendet das Programm.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Zeigt die Version an und beendet das Programm.</translation>
    </message>
    <message>
        <source>Create the project &lt;out.revmark&gt; from the review files given, then exit without opening a window.</source>
        <translation>Erstellt das Projekt &lt;out.revmark&gt; aus den angegebenen Rezensionsdateien und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>out.revmark</source>
        <translation>ausgabe.revmark</translation>
    </message>
    <message>
        <source>Export the annotated reviews of the project given to &lt;out.pdf&gt;, then exit without opening a window.</source>
        <translation>Exportiert die annotierten Rezensionen des angegebenen Projekts nach &lt;out.pdf&gt; und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>ausgabe.pdf</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Revmark reads reviews side by side and marks praise and criticism.</source>
        <translation>Revmark zeigt Rezensionen nebeneinander an und markiert Lob und Kritik.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[Dateien...]</translation>
    </message>
    <message>
        <source>No review could be imported; “%1” was not written.</source>
        <translation>Keine Rezension konnte importiert werden; „%1“ wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n review(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Rezension geschrieben.</numerusform>
            <numerusform>„%1“ mit %n Rezensionen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>--review %1: not a column number (1 is the first column).</source>
        <translation>--review %1: keine Spaltennummer (1 ist die erste Spalte).</translation>
    </message>
    <message numerus="yes">
        <source>--review %1: “%2” has only %n review(s).</source>
        <translation>
            <numerusform>--review %1: „%2“ enthält nur %n Rezension.</numerusform>
            <numerusform>--review %1: „%2“ enthält nur %n Rezensionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no reviews; “%2” was not written.</source>
        <translation>„%1“ enthält keine Rezensionen; „%2“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Try “revmark --help”.</source>
        <translation>Siehe „revmark --help“.</translation>
    </message>
    <message>
        <source>--new needs at least one review file.</source>
        <translation>--new braucht mindestens eine Rezensionsdatei.</translation>
    </message>
    <message>
        <source>Print the suggested praise and criticism annotations of the review files given, one JSON object per line, then exit without opening a window.</source>
        <translation>Gibt die vorgeschlagenen Lob- und Kritik-Annotationen der angegebenen Rezensionsdateien aus, ein JSON-Objekt pro Zeile, und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Print the rating found in each review file given (raw and 0-100), one JSON object per line, then exit without opening a window.</source>
        <translation>Gibt die in jeder angegebenen Rezensionsdatei gefundene Bewertung aus (im Original und als 0-100), ein JSON-Objekt pro Zeile, und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Revmark %1 (Qt %2)</source>
        <translation>Revmark %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Optional parts:</source>
        <translation>Optionale Bestandteile:</translation>
    </message>
    <message>
        <source>  KSyntaxHighlighting cues (highlighting, suggestions, source view): %1</source>
        <translation>  KSyntaxHighlighting-Signalwörter (Hervorhebung, Vorschläge, Quellansicht): %1</translation>
    </message>
    <message>
        <source>--suggest and --grade cannot be used together.</source>
        <translation>--suggest und --grade können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used with --new, --export-pdf or --review.</source>
        <translation>%1 kann nicht mit --new, --export-pdf oder --review verwendet werden.</translation>
    </message>
    <message>
        <source>%1 needs at least one review file.</source>
        <translation>%1 braucht mindestens eine Rezensionsdatei.</translation>
    </message>
    <message>
        <source>--suggest is not available in this build of Revmark: it needs KSyntaxHighlighting.</source>
        <translation>--suggest ist in diesem Build von Revmark nicht verfügbar: Dafür wird KSyntaxHighlighting benötigt.</translation>
    </message>
    <message>
        <source>Print where the critics of the project given agree and where they split: the reviews with their grades, and each aspect&apos;s verdict and counts per review; then exit without opening a window.</source>
        <translation>Ausgeben, wo die Kritiker des angegebenen Projekts übereinstimmen und wo sie sich uneins sind: die Rezensionen mit ihren Bewertungen und je Aspekt das Urteil und die Zahlen je Rezension; dann ohne Fenster beenden.</translation>
    </message>
    <message>
        <source>With --summary: print as &lt;format&gt;: text (the default), markdown, csv or json.</source>
        <translation>Mit --summary: im &lt;format&gt; ausgeben: text (Vorgabe), markdown, csv oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format %1: not a summary format (%2).</source>
        <translation>--format %1: kein Format der Übersicht (%2).</translation>
    </message>
    <message>
        <source>--format is only used with --summary.</source>
        <translation>--format gilt nur zusammen mit --summary.</translation>
    </message>
    <message>
        <source>--summary cannot be used with --new, --export-pdf, --suggest or --grade.</source>
        <translation>--summary lässt sich nicht mit --new, --export-pdf, --suggest oder --grade verbinden.</translation>
    </message>
    <message>
        <source>Write the annotations of the project given to &lt;out.csv&gt;, one row per annotation, then exit without opening a window.</source>
        <translation>Schreibt die Annotationen des angegebenen Projekts nach &lt;out.csv&gt;, eine Zeile pro Annotation, und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>ausgabe.csv</translation>
    </message>
    <message>
        <source>With --export-csv: write UTF-8 without a byte order mark.</source>
        <translation>Mit --export-csv: UTF-8 ohne Byte-Order-Mark schreiben.</translation>
    </message>
    <message>
        <source>Write the annotations of the project given to &lt;out.jsonld&gt; as W3C Web Annotations, then exit without opening a window.</source>
        <translation>Schreibt die Annotationen des angegebenen Projekts als W3C-Web-Annotationen nach &lt;out.jsonld&gt; und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>out.jsonld</source>
        <translation>ausgabe.jsonld</translation>
    </message>
    <message>
        <source>Add the W3C Web Annotations (or Hypothesis annotations) of the file given to the project &lt;project.revmark&gt; and save it, then exit without opening a window.</source>
        <translation>Fügt die W3C-Web-Annotationen (oder Hypothesis-Annotationen) der angegebenen Datei dem Projekt &lt;project.revmark&gt; hinzu, speichert es und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>project.revmark</source>
        <translation>projekt.revmark</translation>
    </message>
    <message>
        <source>Write the project given to &lt;out.qdpx&gt; as a REFI-QDA project, then exit without opening a window.</source>
        <translation>Schreibt das angegebene Projekt als REFI-QDA-Projekt nach &lt;out.qdpx&gt; und beendet sich, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>out.qdpx</source>
        <translation>ausgabe.qdpx</translation>
    </message>
    <message>
        <source>Print, as Markdown, every passage of the project given that is tagged &lt;tag&gt;, review by review in column order, with reviewer, outlet, polarity and note; then exit without opening a window.</source>
        <translation>Gibt jede mit &lt;tag&gt; verschlagwortete Stelle des angegebenen Projekts als Markdown aus, Rezension für Rezension in Spaltenreihenfolge, mit Rezensent, Medium, Wertung und Notiz; beendet sich dann, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>schlagwort</translation>
    </message>
    <message>
        <source>With --export-pdf, --summary or --roundup: only review column &lt;n&gt; (1 is the first column); repeat for several, in the order given.</source>
        <translation>Mit --export-pdf, --summary oder --roundup: nur die Rezensionsspalte &lt;n&gt; (1 ist die erste Spalte); für mehrere wiederholen, in der gewünschten Reihenfolge.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Revmark is already running (by default review files given are added to the running Revmark&apos;s project).</source>
        <translation>Öffnet ein eigenes Fenster, auch wenn Revmark bereits läuft (standardmäßig werden angegebene Rezensionsdateien dem Projekt des laufenden Revmark hinzugefügt).</translation>
    </message>
    <message>
        <source>A project (*.revmark) to open and/or review files (plain text, Markdown, HTML) or REFI-QDA projects (*.qdpx) to add.</source>
        <translation>Ein zu öffnendes Projekt (*.revmark) und/oder hinzuzufügende Rezensionsdateien (reiner Text, Markdown, HTML) oder REFI-QDA-Projekte (*.qdpx).</translation>
    </message>
    <message>
        <source>%1 needs exactly one project file (*.revmark).</source>
        <translation>%1 braucht genau eine Projektdatei (*.revmark).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n annotation(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Annotation geschrieben.</numerusform>
            <numerusform>„%1“ mit %n Annotationen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>--import-w3c needs exactly one annotation file (*.jsonld, *.json).</source>
        <translation>--import-w3c braucht genau eine Annotationsdatei (*.jsonld, *.json).</translation>
    </message>
    <message>
        <source>--roundup %1: “%2” has no such tag (its tags: %3).</source>
        <translation>--roundup %1: „%2“ hat kein solches Schlagwort (vorhandene Schlagwörter: %3).</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  --new: the project was written, but some files could not be imported; --suggest, --grade: some files could not be imported (the others were printed)
  2  usage error
  3  nothing was written: --new could import no file or not write the project; --export-pdf could not read the project or not write the PDF; --summary, --roundup could not read the project; --suggest, --grade could import none of the files
  4  --suggest is not available in this build (it needs KSyntaxHighlighting)
--export-csv, --export-w3c, --export-qdpx and --import-w3c exit with 0, or 3 when they could not read or write a file.</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  --new: Das Projekt wurde geschrieben, aber einige Dateien konnten nicht importiert werden; --suggest, --grade: Einige Dateien konnten nicht importiert werden (die anderen wurden ausgegeben)
  2  Fehler im Aufruf
  3  Nichts wurde geschrieben: --new konnte keine Datei importieren oder das Projekt nicht schreiben; --export-pdf konnte das Projekt nicht lesen oder das PDF nicht schreiben; --summary, --roundup konnten das Projekt nicht lesen; --suggest, --grade konnten keine der Dateien importieren
  4  --suggest ist in diesem Build nicht verfügbar (dafür wird KSyntaxHighlighting benötigt)
--export-csv, --export-w3c, --export-qdpx und --import-w3c enden mit 0 oder mit 3, wenn sie eine Datei nicht lesen oder schreiben konnten.</translation>
    </message>
    <message>
        <source>--no-bom is only used with --export-csv.</source>
        <translation>--no-bom gilt nur zusammen mit --export-csv.</translation>
    </message>
    <message>
        <source>%1 cannot be used together.</source>
        <translation>%1 können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--roundup cannot be used with --new, --export-pdf, --summary, --suggest or --grade.</source>
        <translation>--roundup lässt sich nicht mit --new, --export-pdf, --summary, --suggest oder --grade verbinden.</translation>
    </message>
    <message>
        <source>--review is only used with --export-pdf, --summary or --roundup.</source>
        <translation>--review gilt nur zusammen mit --export-pdf, --summary oder --roundup.</translation>
    </message>
</context>
<context>
    <name>Revmark::Commands</name>
    <message>
        <source>Mark as Praise</source>
        <translation>Als Lob markieren</translation>
    </message>
    <message>
        <source>Mark as Criticism</source>
        <translation>Als Kritik markieren</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Review(s)</source>
        <translation>
            <numerusform>%n Rezension hinzufügen</numerusform>
            <numerusform>%n Rezensionen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel as Praise</source>
        <translation>In Lob ändern</translation>
    </message>
    <message>
        <source>Relabel as Criticism</source>
        <translation>In Kritik ändern</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change Review Properties</source>
        <translation>Rezensionseigenschaften ändern</translation>
    </message>
    <message>
        <source>Move Review</source>
        <translation>Rezension verschieben</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Annotation löschen</translation>
    </message>
    <message>
        <source>Remove Review “%1”</source>
        <translation>Rezension „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Place Orphaned Annotation</source>
        <translation>Verwaiste Annotation platzieren</translation>
    </message>
    <message>
        <source>Delete Orphaned Annotation</source>
        <translation>Verwaiste Annotation löschen</translation>
    </message>
    <message>
        <source>Change Grade</source>
        <translation>Bewertung ändern</translation>
    </message>
    <message>
        <source>Re-import Review</source>
        <translation>Rezension erneut importieren</translation>
    </message>
    <message>
        <source>Edit Review Properties</source>
        <translation>Rezensionseigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Edit Project Title</source>
        <translation>Projekttitel bearbeiten</translation>
    </message>
    <message>
        <source>Set Aside Passage</source>
        <translation>Stelle ausklammern</translation>
    </message>
    <message>
        <source>Include Passage</source>
        <translation>Stelle einbeziehen</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Adjust Span</source>
        <translation>Markierung anpassen</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Reject Suggestions</source>
        <translation>Vorschläge ablehnen</translation>
    </message>
</context>
<context>
    <name>Revmark::CompareView</name>
    <message>
        <source>Compare Reviews</source>
        <translation>Rezensionen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare Reviews</source>
        <translation>Rezensionen &amp;vergleichen</translation>
    </message>
    <message>
        <source>Consensus matrix</source>
        <translation>Übereinstimmungstabelle</translation>
    </message>
    <message>
        <source>Include &amp;hidden columns</source>
        <translation>&amp;Ausgeblendete Spalten einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Align on Aspect</source>
        <translation>Am Aspekt &amp;ausrichten</translation>
    </message>
    <message>
        <source>Scroll every column to its first passage on this aspect and filter the annotations to it (Ctrl+Shift+L; Esc ends)</source>
        <translation>Jede Spalte zu ihrer ersten Stelle zu diesem Aspekt rollen und die Annotationen danach filtern (Strg+Umschalt+L; Esc beendet)</translation>
    </message>
    <message>
        <source>End Alignment</source>
        <translation>Ausrichtung beenden</translation>
    </message>
    <message>
        <source>Next Annotation in Cell</source>
        <translation>Nächste Annotation der Zelle</translation>
    </message>
    <message>
        <source>Next annotation of the current cell (F4)</source>
        <translation>Nächste Annotation der aktuellen Zelle (F4)</translation>
    </message>
    <message>
        <source>Previous Annotation in Cell</source>
        <translation>Vorige Annotation der Zelle</translation>
    </message>
    <message>
        <source>Previous annotation of the current cell (Shift+F4)</source>
        <translation>Vorige Annotation der aktuellen Zelle (Umschalt+F4)</translation>
    </message>
    <message>
        <source>Aligned on %1. Esc ends.</source>
        <translation>Ausgerichtet an %1. Esc beendet.</translation>
    </message>
    <message>
        <source>&amp;Show in Column</source>
        <translation>In der Spalte &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>Revmark::ConsensusChartWidget</name>
    <message>
        <source>Consensus chart</source>
        <translation>Übereinstimmungsdiagramm</translation>
    </message>
    <message>
        <source>%1: %2 praise, %3 criticism, %4</source>
        <translation>%1: %2 Lob, %3 Kritik, %4</translation>
    </message>
    <message>
        <source>%1: %2 praise, %3 criticism — %4</source>
        <translation>%1: %2 Lob, %3 Kritik – %4</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Rezension %1</translation>
    </message>
    <message>
        <source>%1: %2 praise, %3 criticism</source>
        <translation>%1: %2 Lob, %3 Kritik</translation>
    </message>
</context>
<context>
    <name>Revmark::ConsensusModel</name>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Grade, %1: none</source>
        <translation>Bewertung, %1: keine</translation>
    </message>
    <message>
        <source>Grade, %1: %2 (%3 of 100)</source>
        <translation>Bewertung, %1: %2 (%3 von 100)</translation>
    </message>
    <message>
        <source>Totals, all reviews: %1</source>
        <translation>Summen, alle Rezensionen: %1</translation>
    </message>
    <message>
        <source>Totals, %1: %2</source>
        <translation>Summen, %1: %2</translation>
    </message>
    <message>
        <source>%1, verdict: %2 (%3)</source>
        <translation>%1, Urteil: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
</context>
<context>
    <name>Revmark::ExportDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rezensionen</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A review in the export list: &quot;Author — Title&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 Zoll)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Reviews to export:</source>
        <translation>Zu exportierende &amp;Rezensionen:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitenformat:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>S&amp;peichern unter:</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not export to “%1”.</source>
        <translation>Export nach „%1“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reviews to export</source>
        <translation>Zu exportierende Rezensionen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Rou&amp;ndup of aspect:</source>
        <translation>&amp;Zusammenstellung zum Aspekt:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>„%1“ wird gedruckt…</translation>
    </message>
</context>
<context>
    <name>Revmark::ExportDocument</name>
    <message>
        <source>Exported %1 · Reviews: %2 · Annotations: %3</source>
        <extracomment>First page of an export: &quot;Exported 24 November 2026 · Reviews: 4 · Annotations: 31&quot;</extracomment>
        <translation>Exportiert am %1 · Rezensionen: %2 · Annotationen: %3</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>blue tint, solid underline</source>
        <translation>blaue Tönung, durchgehend unterstrichen</translation>
    </message>
    <message>
        <source>orange tint, wavy underline</source>
        <translation>orange Tönung, wellig unterstrichen</translation>
    </message>
    <message>
        <source>Praise and criticism</source>
        <translation>Lob und Kritik</translation>
    </message>
    <message>
        <source>blended tint, dashed underline</source>
        <translation>gemischte Tönung, gestrichelt unterstrichen</translation>
    </message>
    <message>
        <source>A raised number after a marked passage refers to the notes that follow each review.</source>
        <translation>Eine hochgestellte Zahl nach einer markierten Stelle verweist auf die Notizen nach jeder Rezension.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rezension</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 praise · %2 criticism</source>
        <extracomment>Under a review&apos;s title in an export: &quot;12 praise · 4 criticism&quot;</extracomment>
        <translation>Lob: %1 · Kritik: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted passage in an export&apos;s notes</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Where the critics agree</source>
        <translation>Worin die Kritiker übereinstimmen</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>+n praise, -n criticism in the review numbered above the column; an empty cell: the review does not mention the aspect. Agreement: every review that mentions the aspect has more praise than criticism for it (or more criticism than praise).</source>
        <translation>+n Lob, -n Kritik in der Rezension mit der Nummer über der Spalte; eine leere Zelle: die Rezension erwähnt den Aspekt nicht. Einigkeit: jede Rezension, die den Aspekt erwähnt, hat dazu mehr Lob als Kritik (oder mehr Kritik als Lob).</translation>
    </message>
    <message>
        <source>Roundup: %1</source>
        <extracomment>Title of the roundup section of an export: the aspect (tag)</extracomment>
        <translation>Zusammenstellung: %1</translation>
    </message>
    <message>
        <source>No passage is tagged “%1”.</source>
        <translation>Keine Stelle ist mit „%1“ verschlagwortet.</translation>
    </message>
</context>
<context>
    <name>Revmark::FindBar</name>
    <message>
        <source>&amp;Find in Reviews…</source>
        <translation>In Rezensionen &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Find in all reviews</source>
        <translation>In allen Rezensionen suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Return)</source>
        <translation>Vorheriger Treffer (Umschalt+F3, Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match, column by column (F3, Return)</source>
        <translation>Nächster Treffer, Spalte für Spalte (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Match Case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Tell capitals from small letters</source>
        <translation>Großbuchstaben von Kleinbuchstaben unterscheiden</translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Nur ganze Wörter finden</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Find a word or phrase in every review at once (Ctrl+F)</source>
        <translation>Ein Wort oder eine Wendung in allen Rezensionen zugleich suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ImportJob</name>
    <message numerus="yes">
        <source>Adding %n review(s)…</source>
        <translation>
            <numerusform>%n Rezension wird hinzugefügt…</numerusform>
            <numerusform>%n Rezensionen werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Reviews</source>
        <translation>Rezensionen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n review file(s)…</source>
        <translation>
            <numerusform>%n Rezensionsdatei wird gelesen…</numerusform>
            <numerusform>%n Rezensionsdateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Revmark::Importer</name>
    <message>
        <source>Could not import “%1”: the file does not exist.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is a folder, not a file.</source>
        <translation>„%1“ konnte nicht importiert werden: Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is not a regular file.</source>
        <translation>„%1“ konnte nicht importiert werden: Das ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Could not import “%1”: the file is empty.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it looks like a binary file, not text.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei scheint binär zu sein, nicht Text.</translation>
    </message>
    <message>
        <source>Could not import “%1”: its text encoding could not be read.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Textkodierung ließ sich nicht erkennen.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it contains no readable text.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei enthält keinen lesbaren Text.</translation>
    </message>
</context>
<context>
    <name>Revmark::InterchangeActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web-Annotationen (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Expor&amp;tieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>Annotationen als &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Web Annotations…</source>
        <translation>&amp;Web-Annotationen…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>&amp;REFI-QDA-Projekt…</translation>
    </message>
    <message>
        <source>CSV with a &amp;Byte Order Mark</source>
        <translation>CSV mit &amp;Byte-Order-Mark</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark, so that spreadsheet programs read accents</source>
        <translation>CSV-Dateien mit einer UTF-8-Byte-Order-Mark beginnen, damit Tabellenkalkulationen Akzente richtig lesen</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>Open REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>Revmark::Limits</name>
    <message>
        <source>it is larger than %1, the most Revmark reads from a review file.</source>
        <extracomment>Why a review file is refused; follows &quot;Could not import “file”: &quot;</extracomment>
        <translation>sie ist größer als %1, das Höchste, was Revmark aus einer Rezensionsdatei liest.</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most a project file may be.</source>
        <extracomment>Why a project file is refused; follows &quot;Could not open “file”: &quot;</extracomment>
        <translation>die Datei ist größer als %1, das Höchstmaß einer Projektdatei.</translation>
    </message>
    <message>
        <source>its text is longer than %1 characters, the most a review may hold.</source>
        <extracomment>Why a review file is refused; follows &quot;Could not import “file”: &quot;</extracomment>
        <translation>ihr Text ist länger als %1 Zeichen, das Höchstmaß einer Rezension.</translation>
    </message>
</context>
<context>
    <name>Revmark::MainWindow</name>
    <message>
        <source>Revmark projects (*.revmark)</source>
        <translation>Revmark-Projekte (*.revmark)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Add Reviews…</source>
        <translation>Rezensionen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add Reviews</source>
        <translation>Rezensionen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit &amp;Tag List…</source>
        <translation>Schlagwort&amp;liste bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;About Revmark</source>
        <translation>&amp;Über Revmark</translation>
    </message>
    <message>
        <source>About Revmark</source>
        <translation>Über Revmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Revmark %1&lt;/h3&gt;&lt;p&gt;Read reviews side by side, mark praise and criticism, and compare what critics say.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Revmark %1&lt;/h3&gt;&lt;p&gt;Rezensionen nebeneinander lesen, Lob und Kritik markieren und vergleichen, was die Kritiker sagen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rezension</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>A&amp;nnotation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added. These files could not be imported:
%1</source>
        <translation>
            <numerusform>%n Rezension hinzugefügt. Diese Dateien konnten nicht importiert werden:
%1</numerusform>
            <numerusform>%n Rezensionen hinzugefügt. Diese Dateien konnten nicht importiert werden:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>„%1“ enthält nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>%1[*] — Revmark</source>
        <translation>%1[*] – Revmark</translation>
    </message>
    <message>
        <source>Revmark</source>
        <translation>Revmark</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaiste Annotationen</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Verwaiste Annotationen (%1)</translation>
    </message>
    <message>
        <source>The source of “%1” was moved or deleted: %2</source>
        <translation>Die Quelldatei von „%1“ wurde verschoben oder gelöscht: %2</translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation>Nicht gespeicherte Arbeit &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation>Es gibt keine nicht gespeicherte Arbeit zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored the changes autosaved at %1. Save to keep them.</source>
        <translation>Die am %1 automatisch gesicherten Änderungen wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>The project is read-only: Save saves under another name</source>
        <translation>Das Projekt ist schreibgeschützt: Speichern speichert unter einem anderen Namen</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Revmark</source>
        <translation>%1[*] (schreibgeschützt) – Revmark</translation>
    </message>
    <message>
        <source>Cues and suggestions: with KSyntaxHighlighting %1.</source>
        <translation>Signalwörter und Vorschläge: mit KSyntaxHighlighting %1.</translation>
    </message>
    <message>
        <source>Cues and suggestions: not in this build (built without KSyntaxHighlighting).</source>
        <translation>Signalwörter und Vorschläge: in diesem Build nicht enthalten (ohne KSyntaxHighlighting erstellt).</translation>
    </message>
    <message>
        <source>Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.qdpx);;All files (*)</source>
        <translation>Rezensionen (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>Projects (*.revmark *.qdpx)</source>
        <translation>Projekte (*.revmark *.qdpx)</translation>
    </message>
</context>
<context>
    <name>Revmark::OrphansPanel</name>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>An Auswahl &amp;platzieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Annotations whose words could not be found again after a review&apos;s source changed are kept here. Select their new place in the review and choose Place at Selection, or delete them.</source>
        <translation>Hier werden Annotationen aufbewahrt, deren Wörter nach einer Änderung der Quelldatei einer Rezension nicht wiedergefunden wurden. Markieren Sie ihre neue Stelle in der Rezension und wählen Sie „An Auswahl platzieren“, oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Verwaiste Annotationen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rezension</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Select its new place in the review&apos;s column first (Return)</source>
        <translation>Zuerst die neue Stelle in der Spalte der Rezension auswählen (Return)</translation>
    </message>
    <message>
        <source>Delete the orphaned annotation (Delete); Undo brings it back</source>
        <translation>Die verwaiste Annotation löschen (Delete); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>…%1 «%2» %3…</source>
        <extracomment>Tooltip of an orphan&apos;s quote: the text around it, the quote in guillemets.</extracomment>
        <translation>…%1 »%2« %3…</translation>
    </message>
    <message>
        <source>No orphaned annotations</source>
        <translation>Keine verwaisten Annotationen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) without a place in the current text</source>
        <translation>
            <numerusform>%n Annotation ohne Stelle im aktuellen Text</numerusform>
            <numerusform>%n Annotationen ohne Stelle im aktuellen Text</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the new place in that review&apos;s column first.</source>
        <translation>Wählen Sie zuerst die neue Stelle in der Spalte dieser Rezension aus.</translation>
    </message>
    <message>
        <source>The selection holds no words to place the annotation on.</source>
        <translation>Die Auswahl enthält keine Wörter, an denen die Annotation platziert werden kann.</translation>
    </message>
    <message>
        <source>Not placed, in %1: %2</source>
        <translation>Nicht platziert, in %1: %2</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Schlagwörter</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
</context>
<context>
    <name>Revmark::PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not export to “%1”: %2</source>
        <translation>Export nach „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the pages could not be laid out (are the margins too wide?)</source>
        <translation>Die Seiten ließen sich nicht umbrechen (sind die Ränder zu breit?)</translation>
    </message>
    <message>
        <source>not everything could be written (is the disk full?)</source>
        <translation>Nicht alles konnte geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>Revmark::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Revmark starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Revmark.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Keep a backup of the previous version</source>
        <translation>Sicherungskopie der vorherigen Version &amp;behalten</translation>
    </message>
    <message>
        <source>On each save, the version being replaced is kept beside the project as “name.revmark~”.</source>
        <translation>Bei jedem Speichern wird die ersetzte Version neben dem Projekt als „name.revmark~“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Saving:</source>
        <translation>Speichern:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serifenschrift</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Serifenlose Schrift</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Reading font size 0: the system&apos;s size, a little enlarged.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Reading font:</source>
        <translation>&amp;Leseschrift:</translation>
    </message>
    <message>
        <source>Reading font &amp;size:</source>
        <translation>Leseschrift&amp;größe:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The strongest suggestions a column shows at once; Ctrl+F8 shows more.</source>
        <translation>Wie viele der stärksten Vorschläge eine Spalte auf einmal zeigt; Ctrl+F8 zeigt mehr.</translation>
    </message>
    <message>
        <source>S&amp;uggestions per column:</source>
        <translation>&amp;Vorschläge je Spalte:</translation>
    </message>
</context>
<context>
    <name>Revmark::Project</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectFile</name>
    <message>
        <source>%1 has no “%2”.</source>
        <translation>%1: „%2“ fehlt.</translation>
    </message>
    <message>
        <source>“%2” of %1 is not text.</source>
        <translation>%1: „%2“ ist kein Text.</translation>
    </message>
    <message>
        <source>“%2” of %1 is not a list.</source>
        <translation>%1: „%2“ ist keine Liste.</translation>
    </message>
    <message>
        <source>“%2” of %1 holds something other than text.</source>
        <translation>%1: „%2“ enthält etwas anderes als Text.</translation>
    </message>
    <message>
        <source>“%2” of %1 is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 has the unknown polarity “%2”.</source>
        <translation>%1: unbekannte Wertung „%2“.</translation>
    </message>
    <message>
        <source>“quote” of %1 is not an object.</source>
        <translation>%1: „quote“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>Rezension %1</translation>
    </message>
    <message>
        <source>“source” of %1 is not an object.</source>
        <translation>%1: „source“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has the unknown source format “%2”.</source>
        <translation>%1: unbekanntes Quellformat „%2“.</translation>
    </message>
    <message>
        <source>“annotations” of %1 is not a list.</source>
        <translation>%1: „annotations“ ist keine Liste.</translation>
    </message>
    <message>
        <source>annotation %1 of review %2</source>
        <translation>Annotation %1 von Rezension %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1: kein Objekt.</translation>
    </message>
    <message>
        <source>%1 had a missing or duplicate id and was given a new one.</source>
        <translation>%1: Die Kennung fehlte oder war doppelt und wurde neu vergeben.</translation>
    </message>
    <message>
        <source>%1 did not match its quote and was moved to where the quote is.</source>
        <translation>%1: passte nicht zu ihrem Zitat und wurde an die Stelle des Zitats verschoben.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is a folder, not a project file.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Das ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: the file is empty.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not a valid project file (%2 at byte %3); it may be damaged or truncated.</source>
        <translation>„%1“ konnte nicht geöffnet werden: keine gültige Projektdatei (%2 bei Byte %3); sie ist vielleicht beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not a Revmark project file.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Das ist keine Revmark-Projektdatei.</translation>
    </message>
    <message>
        <source>Could not open “%1”: its format version is missing or not a number.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Formatversion fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it was written by a newer version of Revmark (format %2; this version reads format %3 and older). Update Revmark to open it.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Datei stammt von einer neueren Revmark-Version (Format %2; diese Version liest Format %3 und älter). Aktualisieren Sie Revmark, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>“reviews” is not a list.</source>
        <translation>„reviews“ ist keine Liste.</translation>
    </message>
    <message>
        <source>review %1 is not an object.</source>
        <translation>Rezension %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>review %1 had a duplicate id and was given a new one.</source>
        <translation>Rezension %1 hatte eine doppelte Kennung und hat eine neue erhalten.</translation>
    </message>
    <message>
        <source>%1 did not match its quote and was moved to where similar text is (“%2”).</source>
        <translation>%1 passte nicht zu ihrem Zitat und wurde zu ähnlichem Text verschoben („%2“).</translation>
    </message>
    <message>
        <source>%1 (“%2”) could not be placed in the text and was kept as an orphaned annotation.</source>
        <translation>%1 („%2“) konnte im Text nicht platziert werden und wurde als verwaiste Annotation behalten.</translation>
    </message>
    <message>
        <source>“orphans” of %1 is not a list.</source>
        <translation>„orphans“ von %1 ist keine Liste.</translation>
    </message>
    <message>
        <source>orphaned annotation %1 of review %2</source>
        <translation>verwaiste Annotation %1 von Rezension %2</translation>
    </message>
    <message>
        <source>In %1, of %2 annotations %3 were moved to their exact quote, %4 to similar text, and %5 could not be placed and were kept as orphans.</source>
        <translation>In %1 wurden von %2 Annotationen %3 zu ihrem genauen Zitat und %4 zu ähnlichem Text verschoben; %5 konnten nicht platziert werden und wurden als verwaist behalten.</translation>
    </message>
    <message>
        <source>“%2” of %1 is longer than %3 characters, the most a project file may hold.</source>
        <translation>%1: „%2“ ist länger als %3 Zeichen, mehr kann eine Projektdatei nicht enthalten.</translation>
    </message>
    <message>
        <source>“%2” of %1 holds a text longer than %3 characters, the most a project file may hold.</source>
        <translation>%1: „%2“ enthält einen Text mit mehr als %3 Zeichen, mehr kann eine Projektdatei nicht enthalten.</translation>
    </message>
    <message>
        <source>“grade” of %1 is not an object.</source>
        <translation>%1: „grade“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>the grade of %1</source>
        <translation>die Bewertung von %1</translation>
    </message>
    <message>
        <source>“value” of %1 is not between 0 and 100.</source>
        <translation>%1: „value“ liegt nicht zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>“corrected” of %1 is not true or false.</source>
        <translation>%1: „corrected“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>it has more than %1 annotations, the most a project may have.</source>
        <translation>Das Projekt enthält mehr als %1 Annotationen, mehr sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>Saved “%1”, but its previous version could not be kept as a backup in “%2”, so the older backup there (if any) is unchanged. %3</source>
        <translation>„%1“ wurde gespeichert, aber die vorherige Version konnte nicht als Sicherungskopie in „%2“ aufbewahrt werden; eine dort vorhandene ältere Sicherungskopie bleibt unverändert. %3</translation>
    </message>
    <message>
        <source>The file “%1” is read-only.</source>
        <translation>Die Datei „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only, so the project cannot be saved there.</source>
        <translation>Der Ordner „%1“ ist schreibgeschützt, daher kann das Projekt dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it holds far more entries than a project may have (at most %2 annotations in %3 reviews); it may be damaged or not a Revmark project.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Die Datei enthält weit mehr Einträge, als ein Projekt haben darf (höchstens %2 Annotationen in %3 Rezensionen); sie ist vielleicht beschädigt oder kein Revmark-Projekt.</translation>
    </message>
    <message>
        <source>it has more than %1 reviews, the most a project may have.</source>
        <translation>Das Projekt enthält mehr als %1 Rezensionen, mehr sind nicht erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) did not match their text and were kept as orphans without being searched for: the file has more mismatched annotations than can be repaired in one go.</source>
        <translation>
            <numerusform>%n Annotation passte nicht zu ihrem Text und wurde ohne Suche als verwaist behalten: Die Datei enthält mehr nicht passende Annotationen, als sich auf einmal reparieren lassen.</numerusform>
            <numerusform>%n Annotationen passten nicht zu ihrem Text und wurden ohne Suche als verwaist behalten: Die Datei enthält mehr nicht passende Annotationen, als sich auf einmal reparieren lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“language” of %1 is not a language code such as “en”.</source>
        <translation>%1: „language“ ist kein Sprachcode wie „en“.</translation>
    </message>
    <message>
        <source>“setAside” of %1 is not a list.</source>
        <translation>%1: „setAside“ ist keine Liste.</translation>
    </message>
    <message>
        <source>a passage set aside in %1</source>
        <translation>eine ausgeklammerte Stelle in %1</translation>
    </message>
    <message>
        <source>“setAside” of %1 holds something other than a passage.</source>
        <translation>%1: „setAside“ enthält etwas anderes als eine Stelle.</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectLock</name>
    <message>
        <source>It is open in another Revmark window (process %1 on %2).</source>
        <translation>Das Projekt ist in einem anderen Revmark-Fenster geöffnet (Prozess %1 auf %2).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Its lock file could not be created.</source>
        <translation>Die Sperrdatei des Projekts konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectPropertiesDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>Heads the pages of an exported PDF and the window title.</source>
        <translation>Steht über den Seiten eines exportierten PDF und im Fenstertitel.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Rezension</numerusform>
            <numerusform>%n Rezensionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Project P&amp;roperties…</source>
        <translation>Projekt&amp;eigenschaften…</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectSession</name>
    <message>
        <source>“%1” was repaired while opening:
%2</source>
        <translation>„%1“ wurde beim Öffnen repariert:
%2</translation>
    </message>
    <message>
        <source>The project has no file yet: save it under a name.</source>
        <translation>Das Projekt hat noch keine Datei: Speichern Sie es unter einem Namen.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: it is open in another Revmark window. Close it there or choose another name.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Die Datei ist in einem anderen Revmark-Fenster geöffnet. Schließen Sie sie dort oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The review is no longer in the project.</source>
        <translation>Die Rezension ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>“%1” changed on disk but could not be read again: %2</source>
        <translation>„%1“ hat sich auf der Festplatte geändert, ließ sich aber nicht erneut lesen: %2</translation>
    </message>
    <message>
        <source>“%1” re-imported: the file holds the same text, nothing changed.</source>
        <translation>„%1“ erneut importiert: Die Datei enthält denselben Text, nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again; it has no annotations to move.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert und neu eingelesen; es gibt keine Annotationen zu verschieben.</translation>
    </message>
    <message>
        <source>“%1” re-imported; it has no annotations to move.</source>
        <translation>„%1“ erneut importiert; es gibt keine Annotationen zu verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned</source>
        <extracomment>Counts of a re-import: how the review&apos;s annotations were placed in its new text.</extracomment>
        <translation>
            <numerusform>%n Annotation unverändert, %1 verschoben, %2 per unscharfer Suche neu platziert, %3 verwaist</numerusform>
            <numerusform>%n Annotationen unverändert, %1 verschoben, %2 per unscharfer Suche neu platziert, %3 verwaist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n earlier orphan(s) placed again</source>
        <translation>
            <numerusform>%1; %n zuvor verwaiste Annotation wieder platziert</numerusform>
            <numerusform>%1; %n zuvor verwaiste Annotationen wieder platziert</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” changed on disk: %2</source>
        <translation>„%1“ auf dem Datenträger geändert: %2</translation>
    </message>
    <message>
        <source>“%1” re-imported: %2</source>
        <translation>„%1“ erneut importiert: %2</translation>
    </message>
</context>
<context>
    <name>Revmark::QdpxExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Revmark could no longer find this passage in “%1”; it is kept here as an orphaned annotation.</source>
        <translation>Revmark konnte diese Stelle in „%1“ nicht mehr finden; sie wird hier als verwaiste Annotation aufbewahrt.</translation>
    </message>
    <message>
        <source>Quote: “%1”</source>
        <translation>Zitat: „%1“</translation>
    </message>
    <message>
        <source>In context: “…%1%2%3…”</source>
        <translation>Im Zusammenhang: „…%1%2%3…“</translation>
    </message>
    <message>
        <source>Polarity: %1</source>
        <translation>Wertung: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Orphaned praise: “%1”</source>
        <translation>Verwaistes Lob: „%1“</translation>
    </message>
    <message>
        <source>Orphaned criticism: “%1”</source>
        <translation>Verwaiste Kritik: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) written as notes.</source>
        <translation>
            <numerusform>%n verwaiste Annotation als Notiz geschrieben.</numerusform>
            <numerusform>%n verwaiste Annotationen als Notizen geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::QdpxImporter</name>
    <message>
        <source>project.qde has a document type declaration (DTD); Revmark reads no DTDs or entities.</source>
        <translation>project.qde enthält eine Dokumenttypdeklaration (DTD); Revmark liest keine DTDs oder Entitäten.</translation>
    </message>
    <message>
        <source>project.qde refers to an entity; Revmark reads no DTDs or entities.</source>
        <translation>project.qde verweist auf eine Entität; Revmark liest keine DTDs oder Entitäten.</translation>
    </message>
    <message>
        <source>project.qde holds a text longer than Revmark reads.</source>
        <translation>project.qde enthält einen Text, der länger ist, als Revmark liest.</translation>
    </message>
    <message>
        <source>project.qde has more than %1 elements.</source>
        <translation>project.qde enthält mehr als %1 Elemente.</translation>
    </message>
    <message>
        <source>project.qde nests elements deeper than %1.</source>
        <translation>project.qde verschachtelt Elemente tiefer als %1.</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project (its root is &lt;%1&gt;, not &lt;Project&gt;).</source>
        <translation>project.qde ist kein REFI-QDA-Projekt (sein Wurzelelement ist &lt;%1&gt;, nicht &lt;Project&gt;).</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML (%1, line %2).</source>
        <translation>project.qde ist kein wohlgeformtes XML (%1, Zeile %2).</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project.</source>
        <translation>project.qde ist kein REFI-QDA-Projekt.</translation>
    </message>
    <message>
        <source>Could not import “%1”: the file is empty.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>the source “%1” is outside the archive (%2); Revmark reads only sources inside it.</source>
        <translation>die Quelle „%1“ liegt außerhalb des Archivs (%2); Revmark liest nur Quellen innerhalb des Archivs.</translation>
    </message>
    <message>
        <source>the source “%1” is not in the file.</source>
        <translation>die Quelle „%1“ ist nicht in der Datei enthalten.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is larger than %2, the most Revmark reads from a REFI-QDA project.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei ist größer als %2, das Höchste, was Revmark aus einem REFI-QDA-Projekt liest.</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>its details are longer than Revmark reads</source>
        <translation>ihre Angaben sind länger, als Revmark liest</translation>
    </message>
    <message>
        <source>its details cannot be read</source>
        <translation>ihre Angaben lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>it has no quote</source>
        <translation>sie hat kein Zitat</translation>
    </message>
    <message>
        <source>In “%1”, the note “%2” holds an orphaned annotation from Revmark, but %3; it was left out.</source>
        <translation>In „%1“ enthält die Notiz „%2“ eine verwaiste Annotation aus Revmark, aber %3; sie wurde ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more note(s) holding orphaned annotations could not be read.</source>
        <translation>
            <numerusform>%n weitere Notiz mit verwaisten Annotationen ließ sich nicht lesen.</numerusform>
            <numerusform>%n weitere Notizen mit verwaisten Annotationen ließen sich nicht lesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ReadOnlyNotice</name>
    <message>
        <source>“%1” is open read-only. %2 Your changes are autosaved; use File › Save As… to keep them in another file.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet. %2 Ihre Änderungen werden automatisch gesichert; mit Datei › Speichern unter… behalten Sie sie in einer anderen Datei.</translation>
    </message>
</context>
<context>
    <name>Revmark::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Revmark::RecoveryDialog</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Revmark did not close normally last time. These changes were autosaved but never saved in their project:</source>
        <translation>Revmark wurde beim letzten Mal nicht normal beendet. Diese Änderungen wurden automatisch gesichert, aber nie in ihrem Projekt gespeichert:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>What would be restored</source>
        <translation>Was wiederhergestellt würde</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>&amp;Für später behalten</translation>
    </message>
    <message>
        <source>Close this window and offer these changes again next time</source>
        <translation>Dieses Fenster schließen und diese Änderungen beim nächsten Mal erneut anbieten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Restoring opens the changes as an unsaved project; saving writes them to its project file. Kept changes are offered again at the next start and from File › Recover Unsaved Work…</source>
        <translation>Beim Wiederherstellen werden die Änderungen als nicht gespeichertes Projekt geöffnet; beim Speichern werden sie in die Projektdatei geschrieben. Behaltene Änderungen werden beim nächsten Start und unter Datei › Nicht gespeicherte Arbeit wiederherstellen… erneut angeboten.</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1” autosaved at %2? They cannot be recovered afterwards.</source>
        <translation>Die am %2 automatisch gesicherten Änderungen an „%1“ verwerfen? Sie können danach nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted; another Revmark may be using it.</source>
        <translation>„%1“ konnte nicht gelöscht werden; vielleicht wird die Datei von einem anderen Revmark verwendet.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>Recovery dialog, below the list: project name, location, then what would be restored</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Revmark::RecoveryStore</name>
    <message>
        <source>%1 and %2, not saved in any project file.</source>
        <extracomment>Recovery: what an autosave of a project without a saved file holds</extracomment>
        <translation>%1 und %2, in keiner Projektdatei gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Rezension</numerusform>
            <numerusform>%n Rezensionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added</source>
        <translation>
            <numerusform>%n Annotation hinzugefügt</numerusform>
            <numerusform>%n Annotationen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed</source>
        <translation>
            <numerusform>%n Annotation geändert</numerusform>
            <numerusform>%n Annotationen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) removed</source>
        <translation>
            <numerusform>%n Annotation entfernt</numerusform>
            <numerusform>%n Annotationen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added</source>
        <translation>
            <numerusform>%n Rezension hinzugefügt</numerusform>
            <numerusform>%n Rezensionen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) changed</source>
        <translation>
            <numerusform>%n Rezension geändert</numerusform>
            <numerusform>%n Rezensionen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) removed</source>
        <translation>
            <numerusform>%n Rezension entfernt</numerusform>
            <numerusform>%n Rezensionen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>project title changed</source>
        <translation>Projekttitel geändert</translation>
    </message>
    <message>
        <source>tag list changed</source>
        <translation>Schlagwortliste geändert</translation>
    </message>
    <message>
        <source>The same as the saved project file.</source>
        <translation>Identisch mit der gespeicherten Projektdatei.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 The project file was saved after this autosave.</source>
        <translation>%1 Die Projektdatei wurde nach dieser automatischen Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Could not write the recovery file “%1”: its folder cannot be created or another Revmark is using it.</source>
        <translation>Die Wiederherstellungsdatei „%1“ konnte nicht geschrieben werden: Ihr Ordner lässt sich nicht anlegen oder ein anderes Revmark verwendet sie.</translation>
    </message>
</context>
<context>
    <name>Revmark::ReportBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Show Orphans</source>
        <translation>Verwaiste Annotationen anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewActions</name>
    <message>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Review &amp;Properties…</source>
        <translation>Rezensions&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Re-&amp;import Source…</source>
        <translation>Quelle erneut &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the review&apos;s original file again, or a newer version of it, and re-anchor its annotations</source>
        <translation>Die Originaldatei der Rezension oder eine neuere Version davon erneut einlesen und die Annotationen neu verankern</translation>
    </message>
    <message>
        <source>Show &amp;Source…</source>
        <translation>&amp;Quelle anzeigen…</translation>
    </message>
    <message>
        <source>Show the file the review was imported from</source>
        <translation>Die Datei anzeigen, aus der die Rezension importiert wurde</translation>
    </message>
    <message>
        <source>Move Column &amp;Left</source>
        <translation>Spalte nach &amp;links</translation>
    </message>
    <message>
        <source>Move Column &amp;Right</source>
        <translation>Spalte nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation>Spalte &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Remove Review from Project</source>
        <translation>Rezension aus dem Projekt en&amp;tfernen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Column</source>
        <translation>&amp;Nächste Spalte</translation>
    </message>
    <message>
        <source>Pre&amp;vious Column</source>
        <translation>V&amp;orherige Spalte</translation>
    </message>
    <message>
        <source>&amp;Focus on One Review</source>
        <translation>Auf eine Rezension &amp;konzentrieren</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>&amp;Synchrones Scrollen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Re-import Source of “%1”</source>
        <translation>Quelle von „%1“ erneut importieren</translation>
    </message>
    <message>
        <source>Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Rezensionen (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation>„%1“ entfernt. Rückgängig (Ctrl+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewColumn</name>
    <message>
        <source>Review actions</source>
        <translation>Rezensionsaktionen</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Unbenannte Rezension</translation>
    </message>
    <message>
        <source>%1 praise · %2 criticism</source>
        <translation>Lob: %1 · Kritik: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Annotations that could not be placed in the current text: show them</source>
        <translation>Annotationen, die im aktuellen Text nicht platziert werden konnten: anzeigen</translation>
    </message>
    <message>
        <source>Grade %1: %2 out of 100 (set by you)</source>
        <translation>Bewertung %1: %2 von 100 (von Ihnen festgelegt)</translation>
    </message>
    <message>
        <source>Grade %1: %2 out of 100 (found in the review)</source>
        <translation>Bewertung %1: %2 von 100 (in der Rezension gefunden)</translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n verwaiste Annotation</numerusform>
            <numerusform>%n verwaiste Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n time(s) in this review</source>
        <translation>
            <numerusform>%n-mal in dieser Rezension gefunden</numerusform>
            <numerusform>%n-mal in dieser Rezension gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewPropertiesDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Review Properties</source>
        <translation>Rezensionseigenschaften</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The review&apos;s language is not known</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Quelldatei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>e.g. B-, 3.5/5, 8/10, ★★★½, 85%</source>
        <translation>z. B. B-, 3.5/5, 8/10, ★★★½, 85%</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source> / 100</source>
        <extracomment>Suffix of the grade&apos;s value: &quot;80 / 100&quot;</extracomment>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>Von Ihnen festgelegt.</translation>
    </message>
    <message>
        <source>Found in the review when it was imported.</source>
        <translation>Beim Import in der Rezension gefunden.</translation>
    </message>
    <message>
        <source>No grade.</source>
        <translation>Keine Bewertung.</translation>
    </message>
    <message>
        <source>Read as %1 out of 100.</source>
        <translation>Gelesen als %1 von 100.</translation>
    </message>
    <message>
        <source>Not a rating Revmark knows: set the value by hand.</source>
        <translation>Keine Bewertung, die Revmark kennt: Legen Sie den Wert von Hand fest.</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewView</name>
    <message>
        <source>Set aside as part of the web page, not the review: left out of cues, suggestions, find and export. Right-click to include it.</source>
        <translation>Als Teil der Webseite, nicht der Rezension ausgeklammert: bei Signalwörtern, Vorschlägen, Suche und Export nicht berücksichtigt. Zum Einbeziehen mit der rechten Maustaste klicken.</translation>
    </message>
    <message>
        <source>Include This Passage</source>
        <translation>Diese Stelle einbeziehen</translation>
    </message>
    <message>
        <source>Set Aside This Passage</source>
        <translation>Diese Stelle ausklammern</translation>
    </message>
</context>
<context>
    <name>Revmark::Roundup</name>
    <message>
        <source>Praise: %1 · Criticism: %2 · Reviews: %3</source>
        <extracomment>A roundup&apos;s counts, after the project&apos;s title</extracomment>
        <translation>Lob: %1 · Kritik: %2 · Rezensionen: %3</translation>
    </message>
    <message>
        <source>Roundup: %1</source>
        <extracomment>Heading of a roundup: the aspect (tag)</extracomment>
        <translation>Zusammenstellung: %1</translation>
    </message>
    <message>
        <source>No passage is tagged “%1”.</source>
        <translation>Keine Stelle ist mit „%1“ verschlagwortet.</translation>
    </message>
    <message>
        <source>**%1**: “%2”</source>
        <extracomment>A passage in a roundup: polarity, then the quoted passage</extracomment>
        <translation>**%1**: „%2“</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Revmark::SaveFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: not everything could be written (is the disk full?).</source>
        <translation>„%1“ konnte nicht gespeichert werden: Nicht alles konnte geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>Revmark::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Revmark::SourceView</name>
    <message>
        <source>Source of “%1”</source>
        <translation>Quelle von „%1“</translation>
    </message>
    <message>
        <source>This review was not imported from a file.</source>
        <translation>Diese Rezension wurde nicht aus einer Datei importiert.</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved, renamed or deleted. The review in the project is not affected.</source>
        <translation>„%1“ ist nicht mehr vorhanden: Die Datei wurde verschoben, umbenannt oder gelöscht. Die Rezension im Projekt ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not the file the review came from.</source>
        <translation>„%1“ ist ein Ordner, nicht die Datei, aus der die Rezension stammt.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty now.</source>
        <translation>„%1“ ist jetzt leer.</translation>
    </message>
    <message>
        <source>“%1” is no longer a text file.</source>
        <translation>„%1“ ist keine Textdatei mehr.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: %2</source>
        <extracomment>%2 is the reason, e.g. &quot;it is larger than 20 MB, the most Revmark reads from a review file.&quot;</extracomment>
        <translation>„%1“ lässt sich nicht anzeigen: %2</translation>
    </message>
</context>
<context>
    <name>Revmark::StatusSummary</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: &quot;3 reviews · 24 annotations: 13 praise, 11 criticism&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Rezension</numerusform>
            <numerusform>%n Rezensionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s): %1 praise, %2 criticism</source>
        <translation>
            <numerusform>%n Annotation (Lob: %1, Kritik: %2)</numerusform>
            <numerusform>%n Annotationen (Lob: %1, Kritik: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · gespeichert um %2</translation>
    </message>
    <message>
        <source>%1 · autosaved %2</source>
        <translation>%1 · automatisch gesichert um %2</translation>
    </message>
</context>
<context>
    <name>Revmark::StepProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Revmark::SuggestionActions</name>
    <message>
        <source>Cue &amp;Set</source>
        <translation>Signalwort&amp;liste</translation>
    </message>
    <message>
        <source>Show &amp;Cues</source>
        <translation>Signalwörter &amp;anzeigen</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Signalwörter</translation>
    </message>
    <message>
        <source>Show the words that carry judgement: praise, criticism, hedges, negations, ratings</source>
        <translation>Die wertenden Wörter anzeigen: Lob, Kritik, Abschwächungen, Verneinungen, Bewertungen</translation>
    </message>
    <message>
        <source>Su&amp;ggest Annotations</source>
        <translation>Annotationen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Propose praise and criticism for the current review from its cues (Ctrl+Alt+S)</source>
        <translation>Lob und Kritik für die aktuelle Rezension anhand ihrer Signalwörter vorschlagen (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Suggest for A&amp;ll Reviews</source>
        <translation>Für alle Rezensionen vor&amp;schlagen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Suggestion</source>
        <translation>Nä&amp;chster Vorschlag</translation>
    </message>
    <message>
        <source>Pre&amp;vious Suggestion</source>
        <translation>Vorheri&amp;ger Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Vorschlag a&amp;nnehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Accept All Suggestions</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) accepted as annotations. Undo (Ctrl+Z) takes them back.</source>
        <translation>
            <numerusform>%n Vorschlag als Annotation angenommen. Rückgängig (Ctrl+Z) nimmt ihn zurück.</numerusform>
            <numerusform>%n Vorschläge als Annotationen angenommen. Rückgängig (Ctrl+Z) nimmt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject All Suggestions</source>
        <translation>Alle Vorschläge ablehnen</translation>
    </message>
    <message>
        <source>No suggestions: the cues do not add up to clear praise or criticism outside what is already marked.</source>
        <translation>Keine Vorschläge: Die Signalwörter ergeben außerhalb des bereits Markierten weder klares Lob noch klare Kritik.</translation>
    </message>
    <message>
        <source>No suggestions for “%1”: its cues do not add up to clear praise or criticism outside what is already marked.</source>
        <translation>Keine Vorschläge für „%1“: Die Signalwörter ergeben außerhalb des bereits Markierten weder klares Lob noch klare Kritik.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) · F8 next · Ctrl+Return accept · Delete reject</source>
        <extracomment>Status bar, while suggestions are shown</extracomment>
        <translation>
            <numerusform>%n Vorschlag · F8 nächster · Ctrl+Return annehmen · Delete ablehnen</numerusform>
            <numerusform>%n Vorschläge · F8 nächster · Ctrl+Return annehmen · Delete ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;More Suggestions</source>
        <translation>&amp;Weitere Vorschläge anzeigen</translation>
    </message>
    <message>
        <source>Each column shows its strongest suggestions first; this shows more of them (Ctrl+F8)</source>
        <translation>Jede Spalte zeigt zuerst ihre stärksten Vorschläge; hiermit werden weitere angezeigt (Ctrl+F8)</translation>
    </message>
    <message>
        <source>Every suggestion is already shown.</source>
        <translation>Alle Vorschläge werden bereits angezeigt.</translation>
    </message>
    <message>
        <source>Suggest for All Reviews</source>
        <translation>Für alle Rezensionen vorschlagen</translation>
    </message>
    <message>
        <source>Looking for praise and criticism…</source>
        <translation>Lob und Kritik werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+F8 %n more</source>
        <extracomment>Status bar: suggestions found but not shown yet</extracomment>
        <translation>
            <numerusform>Ctrl+F8 %n weiterer</numerusform>
            <numerusform>Ctrl+F8 %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::SuggestionSet</name>
    <message numerus="yes">
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested praise</source>
        <translation>Vorgeschlagenes Lob</translation>
    </message>
    <message>
        <source>Suggested criticism</source>
        <translation>Vorgeschlagene Kritik</translation>
    </message>
    <message>
        <source>Cues: %1</source>
        <translation>Signalwörter: %1</translation>
    </message>
    <message>
        <source>Ctrl+Return accepts, Delete rejects, F8 goes to the next</source>
        <translation>Ctrl+Return nimmt an, Delete lehnt ab, F8 springt zum nächsten</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
</context>
<context>
    <name>Revmark::SummaryFormatter</name>
    <message>
        <source>Reviews</source>
        <translation>Rezensionen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rezension</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>Aspekte</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>+n: praise, -n: criticism, by the review numbered above the column; empty: the review does not mention the aspect.</source>
        <translation>+n: Lob, -n: Kritik, der Rezension mit der Nummer über der Spalte; leer: die Rezension erwähnt den Aspekt nicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A grade as written in the review and its value from 0 to 100: &quot;B- (75)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Review %1</source>
        <extracomment>A review without author, outlet or title, by its column number</extracomment>
        <translation>Rezension %1</translation>
    </message>
</context>
<context>
    <name>Revmark::TagPalette</name>
    <message>
        <source>Tag palette</source>
        <translation>Schlagwortpalette</translation>
    </message>
    <message>
        <source>Type to filter or to create a tag</source>
        <translation>Tippen, um zu filtern oder ein Schlagwort anzulegen</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Schlagwörter filtern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Enter toggles · Escape closes</source>
        <translation>Enter schaltet um · Escape schließt</translation>
    </message>
    <message>
        <source>Tags of “%1”</source>
        <translation>Schlagwörter von „%1“</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation>Schlagwort „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>Revmark::TagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>new tag</source>
        <translation>neues Schlagwort</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>new tag name and a number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will lose the tag “%1”.</source>
        <translation>
            <numerusform>%n Annotation verliert das Schlagwort „%1“.</numerusform>
            <numerusform>%n Annotationen verlieren das Schlagwort „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>Ein Schlagwortname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>There is already a tag named “%1”.</source>
        <translation>Es gibt bereits ein Schlagwort namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Revmark::TagsMenu</name>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Revmark::WebAnnotation</name>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>a text in it is longer than %1 characters, the most Revmark keeps in one field.</source>
        <translation>ein Text darin ist länger als %1 Zeichen, das Höchste, was Revmark in einem Feld speichert.</translation>
    </message>
    <message>
        <source>it holds more than %1 annotations.</source>
        <translation>sie enthält mehr als %1 Annotationen.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is neither a W3C Web Annotation nor a Hypothesis annotation.</source>
        <translation>sie ist weder eine W3C-Web-Annotation noch eine Hypothesis-Annotation.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is larger than %2, the most Revmark reads from an annotation file.</source>
        <translation>„%1“ konnte nicht importiert werden: Die Datei ist größer als %2, das Höchste, was Revmark aus einer Annotationsdatei liest.</translation>
    </message>
    <message>
        <source>Import Web Annotations</source>
        <translation>Web-Annotationen importieren</translation>
    </message>
</context>
<context>
    <name>Revmark::ZipArchive</name>
    <message>
        <source>it is not a readable zip archive (%1).</source>
        <translation>sie ist kein lesbares ZIP-Archiv (%1).</translation>
    </message>
    <message>
        <source>the archive has %1 entries; Revmark reads at most %2.</source>
        <translation>das Archiv hat %1 Einträge; Revmark liest höchstens %2.</translation>
    </message>
    <message>
        <source>entry %1 of the archive cannot be read.</source>
        <translation>Eintrag %1 des Archivs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the archive has an entry named “%1”, which points outside it.</source>
        <translation>das Archiv hat einen Eintrag namens „%1“, der nach außerhalb des Archivs verweist.</translation>
    </message>
    <message>
        <source>the archive unpacks to more than %1, the most Revmark reads from it.</source>
        <translation>das Archiv ergibt entpackt mehr als %1, das Höchste, was Revmark daraus liest.</translation>
    </message>
    <message>
        <source>the archive has no entry “%1”.</source>
        <translation>das Archiv hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>the entry “%1” cannot be unpacked (%2).</source>
        <translation>der Eintrag „%1“ kann nicht entpackt werden (%2).</translation>
    </message>
    <message>
        <source>the entry “%1” does not have the size the archive declares.</source>
        <translation>der Eintrag „%1“ hat nicht die Größe, die das Archiv angibt.</translation>
    </message>
    <message>
        <source>the archive could not be assembled in memory.</source>
        <translation>das Archiv konnte nicht im Speicher zusammengesetzt werden.</translation>
    </message>
</context>
<context>
    <name>Revmark::ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>O&amp;riginalgröße</translation>
    </message>
</context>
</TS>
