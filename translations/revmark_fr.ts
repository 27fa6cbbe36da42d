<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Revmark</name>
    <message>
        <source>Praise</source>
        <translation>Éloge</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Reproche</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationListModel</name>
    <message>
        <source>Review</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polarité</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationPanel</name>
    <message>
        <source>Review filter</source>
        <translation>Filtre par critique</translation>
    </message>
    <message>
        <source>Polarity filter</source>
        <translation>Filtre par polarité</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Mark as praise</source>
        <translation>Marquer comme éloge</translation>
    </message>
    <message>
        <source>Mark as criticism</source>
        <translation>Marquer comme reproche</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete this annotation</source>
        <translation>Supprimer cette annotation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Toutes les critiques</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) · %1 praise · %2 criticism</source>
        <translation>
            <numerusform>%n annotation · éloges&#xa0;: %1 · reproches&#xa0;: %2</numerusform>
            <numerusform>%n annotations · éloges&#xa0;: %1 · reproches&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Create the project &lt;out.revmark&gt; from the review files given, then exit without opening a window.</source>
        <translation>Crée le projet &lt;out.revmark&gt; à partir des fichiers de critiques donnés, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>out.revmark</source>
        <translation>sortie.revmark</translation>
    </message>
    <message>
        <source>Export the annotated reviews of the project given to &lt;out.pdf&gt;, then exit without opening a window.</source>
        <translation>Exporte les critiques annotées du projet donné vers &lt;out.pdf&gt;, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>out.pdf</source>
        <translation>sortie.pdf</translation>
    </message>
    <message>
        <source>With --export-pdf: export only review column &lt;n&gt; (1 is the first column); repeat to export several, in the order given.</source>
        <translation>Avec --export-pdf&#xa0;: n’exporte que la colonne de critique &lt;n&gt; (1 est la première colonne)&#x202f;; à répéter pour en exporter plusieurs, dans l’ordre donné.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Revmark reads reviews side by side and marks praise and criticism.</source>
        <translation>Revmark affiche des critiques côte à côte et y marque éloges et reproches.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>A project (*.revmark) to open and/or review files (plain text, Markdown, HTML) to add.</source>
        <translation>Un projet (*.revmark) à ouvrir et/ou des fichiers de critiques (texte brut, Markdown, HTML) à ajouter.</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[fichiers...]</translation>
    </message>
    <message>
        <source>No review could be imported; “%1” was not written.</source>
        <translation>Aucune critique n’a pu être importée&#x202f;; «&#x202f;%1&#x202f;» n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n review(s).</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» écrit avec %n critique.</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» écrit avec %n critiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>--export-pdf needs exactly one project file (*.revmark).</source>
        <translation>--export-pdf demande exactement un fichier de projet (*.revmark).</translation>
    </message>
    <message>
        <source>--review %1: not a column number (1 is the first column).</source>
        <translation>--review %1&#xa0;: ce n’est pas un numéro de colonne (1 est la première colonne).</translation>
    </message>
    <message numerus="yes">
        <source>--review %1: “%2” has only %n review(s).</source>
        <translation>
            <numerusform>--review %1&#xa0;: «&#x202f;%2&#x202f;» ne contient que %n critique.</numerusform>
            <numerusform>--review %1&#xa0;: «&#x202f;%2&#x202f;» ne contient que %n critiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no reviews; “%2” was not written.</source>
        <translation>«&#x202f;%1&#x202f;» ne contient aucune critique&#x202f;; «&#x202f;%2&#x202f;» n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Try “revmark --help”.</source>
        <translation>Essayez «&#x202f;revmark --help&#x202f;».</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  --new: the project was written, but some files could not be imported
  2  usage error
  3  nothing was written: --new could import no file or not write the project; --export-pdf could not read the project or not write the PDF</source>
        <translation>Codes de sortie&#xa0;:
  0  succès
  1  --new&#xa0;: le projet a été écrit, mais certains fichiers n’ont pas pu être importés
  2  erreur d’utilisation
  3  rien n’a été écrit&#xa0;: --new n’a pu importer aucun fichier ou écrire le projet&#x202f;; --export-pdf n’a pas pu lire le projet ou écrire le PDF</translation>
    </message>
    <message>
        <source>--new needs at least one review file.</source>
        <translation>--new demande au moins un fichier de critique.</translation>
    </message>
    <message>
        <source>--review is only used with --export-pdf.</source>
        <translation>--review ne s’utilise qu’avec --export-pdf.</translation>
    </message>
    <message>
        <source>Revmark %1 (Qt %2, with KSyntaxHighlighting)</source>
        <translation>Revmark %1 (Qt %2, avec KSyntaxHighlighting)</translation>
    </message>
    <message>
        <source>Revmark %1 (Qt %2, without KSyntaxHighlighting)</source>
        <translation>Revmark %1 (Qt %2, sans KSyntaxHighlighting)</translation>
    </message>
</context>
<context>
    <name>Revmark::Commands</name>
    <message>
        <source>Mark as Praise</source>
        <translation>Marquage comme éloge</translation>
    </message>
    <message>
        <source>Mark as Criticism</source>
        <translation>Marquage comme reproche</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Review(s)</source>
        <translation>
            <numerusform>Ajout de %n critique</numerusform>
            <numerusform>Ajout de %n critiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel as Praise</source>
        <translation>Requalification en éloge</translation>
    </message>
    <message>
        <source>Relabel as Criticism</source>
        <translation>Requalification en reproche</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Modification des étiquettes</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modification de la note</translation>
    </message>
    <message>
        <source>Change Review Properties</source>
        <translation>Modification des propriétés de la critique</translation>
    </message>
    <message>
        <source>Move Review</source>
        <translation>Déplacement de la critique</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Suppression de l’annotation</translation>
    </message>
    <message>
        <source>Remove Review “%1”</source>
        <translation>Retrait de la critique «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modification des étiquettes</translation>
    </message>
    <message>
        <source>Replace Review Text</source>
        <translation>Remplacer le texte de la critique</translation>
    </message>
    <message>
        <source>Place Orphaned Annotation</source>
        <translation>Placer l’annotation orpheline</translation>
    </message>
    <message>
        <source>Delete Orphaned Annotation</source>
        <translation>Supprimer l’annotation orpheline</translation>
    </message>
</context>
<context>
    <name>Revmark::ExportDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Critiques</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A review in the export list: &quot;Author — Title&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Reviews to export:</source>
        <translation>&amp;Critiques à exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exportation de «&#x202f;%1&#x202f;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not export to “%1”.</source>
        <translation>Impossible d’exporter vers «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>Revmark::ExportDocument</name>
    <message>
        <source>Exported %1 · Reviews: %2 · Annotations: %3</source>
        <extracomment>First page of an export: &quot;Exported 24 November 2026 · Reviews: 4 · Annotations: 31&quot;</extracomment>
        <translation>Exporté le %1 · Critiques&#xa0;: %2 · Annotations&#xa0;: %3</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>blue tint, solid underline</source>
        <translation>teinte bleue, soulignement continu</translation>
    </message>
    <message>
        <source>orange tint, wavy underline</source>
        <translation>teinte orange, soulignement ondulé</translation>
    </message>
    <message>
        <source>Praise and criticism</source>
        <translation>Éloge et reproche</translation>
    </message>
    <message>
        <source>blended tint, dashed underline</source>
        <translation>teinte mêlée, soulignement en tirets</translation>
    </message>
    <message>
        <source>A raised number after a marked passage refers to the notes that follow each review.</source>
        <translation>Un numéro en exposant après un passage marqué renvoie aux notes qui suivent chaque critique.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note attribuée</translation>
    </message>
    <message>
        <source>Annotations per tag</source>
        <translation>Annotations par étiquette</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 praise · %2 criticism</source>
        <extracomment>Under a review&apos;s title in an export: &quot;12 praise · 4 criticism&quot;</extracomment>
        <translation>éloges&#xa0;: %1 · reproches&#xa0;: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted passage in an export&apos;s notes</extracomment>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>Revmark::Importer</name>
    <message>
        <source>Could not import “%1”: it is larger than 20 MB.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: le fichier dépasse 20&#xa0;Mo.</translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>A title made of a review&apos;s first words, cut short</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Could not import “%1”: the file does not exist.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is a folder, not a file.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is not a regular file.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not import “%1”: the file is empty.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it looks like a binary file, not text.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: il semble s’agir d’un fichier binaire, pas de texte.</translation>
    </message>
    <message>
        <source>Could not import “%1”: its text encoding could not be read.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: son encodage de texte n’a pas pu être déterminé.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it contains no readable text.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: il ne contient aucun texte lisible.</translation>
    </message>
</context>
<context>
    <name>Revmark::MainWindow</name>
    <message>
        <source>Revmark projects (*.revmark)</source>
        <translation>Projets Revmark (*.revmark)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Add Reviews…</source>
        <translation>&amp;Ajouter des critiques…</translation>
    </message>
    <message>
        <source>Add Reviews</source>
        <translation>Ajouter des critiques</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Edit &amp;Tag List…</source>
        <translation>Modifier la liste des é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Praise</source>
        <translation>É&amp;loge</translation>
    </message>
    <message>
        <source>Mark the selection as praise, or relabel the current annotation (Ctrl+1)</source>
        <translation>Marquer la sélection comme éloge, ou requalifier l’annotation courante (Ctrl+1)</translation>
    </message>
    <message>
        <source>Praise  Ctrl+1</source>
        <translation>Éloge  Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Criticism</source>
        <translation>&amp;Reproche</translation>
    </message>
    <message>
        <source>Mark the selection as criticism, or relabel the current annotation (Ctrl+2)</source>
        <translation>Marquer la sélection comme reproche, ou requalifier l’annotation courante (Ctrl+2)</translation>
    </message>
    <message>
        <source>Criticism  Ctrl+2</source>
        <translation>Reproche  Ctrl+2</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>Note  Ctrl+3</source>
        <translation>Note  Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Review &amp;Properties…</source>
        <translation>&amp;Propriétés de la critique…</translation>
    </message>
    <message>
        <source>Move Column &amp;Left</source>
        <translation>Déplacer la colonne à &amp;gauche</translation>
    </message>
    <message>
        <source>Move Column &amp;Right</source>
        <translation>Déplacer la colonne à &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Hide Column</source>
        <translation>&amp;Masquer la colonne</translation>
    </message>
    <message>
        <source>&amp;Remove Review from Project</source>
        <translation>&amp;Retirer la critique du projet</translation>
    </message>
    <message>
        <source>Ne&amp;xt Column</source>
        <translation>Colonne s&amp;uivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Column</source>
        <translation>Colonne &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Focus on One Review</source>
        <translation>Se &amp;concentrer sur une critique</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>&amp;About Revmark</source>
        <translation>À &amp;propos de Revmark</translation>
    </message>
    <message>
        <source>About Revmark</source>
        <translation>À propos de Revmark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Revmark %1&lt;/h3&gt;&lt;p&gt;Read reviews side by side, mark praise and criticism, and compare what critics say.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Revmark %1&lt;/h3&gt;&lt;p&gt;Lisez des critiques côte à côte, marquez éloges et reproches, et comparez ce que disent les critiques.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>Co&amp;lonnes</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Critique</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>A&amp;nnotation</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>“%1” was repaired while opening:
%2</source>
        <translation>«&#x202f;%1&#x202f;» a été réparé à l’ouverture&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added. These files could not be imported:
%1</source>
        <translation>
            <numerusform>%n critique ajoutée. Ces fichiers n’ont pas pu être importés&#xa0;:
%1</numerusform>
            <numerusform>%n critiques ajoutées. Ces fichiers n’ont pas pu être importés&#xa0;:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select some text in a review first.</source>
        <translation>Sélectionnez d’abord du texte dans une critique.</translation>
    </message>
    <message>
        <source>The selection holds no words to mark.</source>
        <translation>La sélection ne contient aucun mot à marquer.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>«&#x202f;%1&#x202f;» contient des modifications non enregistrées. Les enregistrer avant de fermer&#x202f;?</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Critiques (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation>«&#x202f;%1&#x202f;» retirée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Select an annotation first: click a highlight or a row in the list.</source>
        <translation>Sélectionnez d’abord une annotation&#xa0;: cliquez sur un surlignage ou sur une ligne de la liste.</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exporté vers «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>%1[*] — Revmark</source>
        <translation>%1[*] — Revmark</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: &quot;3 reviews · 24 annotations: 13 praise, 11 criticism&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s): %1 praise, %2 criticism</source>
        <translation>
            <numerusform>%n annotation (éloges&#xa0;: %1, reproches&#xa0;: %2)</numerusform>
            <numerusform>%n annotations (éloges&#xa0;: %1, reproches&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · saved %2</source>
        <translation>%1 · enregistré à %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Revmark</source>
        <translation>Revmark</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>Revmark::PdfExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not export to “%1”: %2</source>
        <translation>Impossible d’exporter vers «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the pages could not be laid out (are the margins too wide?)</source>
        <translation>les pages n’ont pas pu être mises en page (les marges sont-elles trop larges&#x202f;?)</translation>
    </message>
    <message>
        <source>not everything could be written (is the disk full?)</source>
        <translation>tout n’a pas pu être écrit (le disque est-il plein&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>Revmark::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies the next time Revmark starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Revmark.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Revmark::Project</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectFile</name>
    <message>
        <source>%1 has no “%2”.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» manque.</translation>
    </message>
    <message>
        <source>“%2” of %1 is not text.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n’est pas du texte.</translation>
    </message>
    <message>
        <source>“%2” of %1 is not a list.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n’est pas une liste.</translation>
    </message>
    <message>
        <source>“%2” of %1 holds something other than text.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» contient autre chose que du texte.</translation>
    </message>
    <message>
        <source>“%2” of %1 is not a whole number.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 has the unknown polarity “%2”.</source>
        <translation>%1&#xa0;: polarité inconnue «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>“quote” of %1 is not an object.</source>
        <translation>%1&#xa0;: «&#x202f;quote&#x202f;» n’est pas un objet.</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>critique %1</translation>
    </message>
    <message>
        <source>“source” of %1 is not an object.</source>
        <translation>%1&#xa0;: «&#x202f;source&#x202f;» n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1 has the unknown source format “%2”.</source>
        <translation>%1&#xa0;: format de source inconnu «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>“annotations” of %1 is not a list.</source>
        <translation>%1&#xa0;: «&#x202f;annotations&#x202f;» n’est pas une liste.</translation>
    </message>
    <message>
        <source>annotation %1 of review %2</source>
        <translation>annotation %1 de la critique %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1&#xa0;: ce n’est pas un objet.</translation>
    </message>
    <message>
        <source>%1 had a missing or duplicate id and was given a new one.</source>
        <translation>%1&#xa0;: identifiant manquant ou en double, un nouveau lui a été attribué.</translation>
    </message>
    <message>
        <source>%1 did not match its quote and was moved to where the quote is.</source>
        <translation>%1&#xa0;: ne correspondait pas à sa citation et a été déplacée à l’endroit de la citation.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is a folder, not a project file.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: c’est un dossier, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>Could not open “%1”: the file is larger than 1 GB.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: le fichier dépasse 1&#xa0;Go.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: the file is empty.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not a valid project file (%2 at byte %3); it may be damaged or truncated.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: ce n’est pas un fichier de projet valide (%2 à l’octet %3)&#x202f;; il est peut-être endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not a Revmark project file.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: ce n’est pas un fichier de projet Revmark.</translation>
    </message>
    <message>
        <source>Could not open “%1”: its format version is missing or not a number.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: sa version de format manque ou n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it was written by a newer version of Revmark (format %2; this version reads format %3 and older). Update Revmark to open it.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: il a été écrit par une version plus récente de Revmark (format %2&#x202f;; cette version lit le format %3 et les précédents). Mettez Revmark à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>“reviews” is not a list.</source>
        <translation>«&#x202f;reviews&#x202f;» n’est pas une liste.</translation>
    </message>
    <message>
        <source>review %1 is not an object.</source>
        <translation>la critique %1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>review %1 had a duplicate id and was given a new one.</source>
        <translation>la critique %1 avait un identifiant en double&#x202f;; un nouveau lui a été attribué.</translation>
    </message>
    <message>
        <source>%1 did not match its quote and was moved to where similar text is (“%2”).</source>
        <translation>%1 ne correspondait plus à sa citation et a été déplacée vers un texte similaire (« %2 »).</translation>
    </message>
    <message>
        <source>%1 (“%2”) could not be placed in the text and was kept as an orphaned annotation.</source>
        <translation>%1 (« %2 ») : impossible de la placer dans le texte, elle a été conservée comme annotation orpheline.</translation>
    </message>
    <message>
        <source>“orphans” of %1 is not a list.</source>
        <translation>« orphans » de %1 n’est pas une liste.</translation>
    </message>
    <message>
        <source>orphaned annotation %1 of review %2</source>
        <translation>annotation orpheline %1 de la critique %2</translation>
    </message>
    <message>
        <source>In %1, of %2 annotations %3 were moved to their exact quote, %4 to similar text, and %5 could not be placed and were kept as orphans.</source>
        <translation>Dans %1, sur %2 annotations, déplacées vers leur citation exacte : %3, vers un texte similaire : %4, impossibles à placer et conservées comme orphelines : %5.</translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewColumn</name>
    <message>
        <source>Review actions</source>
        <translation>Actions sur la critique</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
    <message>
        <source>%1 praise · %2 criticism</source>
        <translation>éloges&#xa0;: %1 · reproches&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Review Properties</source>
        <translation>Propriétés de la critique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Publication&#xa0;:</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Fichier source&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importée le&#xa0;:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Caractères&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Revmark::SaveFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: not everything could be written (is the disk full?).</source>
        <translation>Impossible d’enregistrer «&#x202f;%1&#x202f;»&#xa0;: tout n’a pas pu être écrit (le disque est-il plein&#x202f;?).</translation>
    </message>
</context>
<context>
    <name>Revmark::TagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>new tag</source>
        <translation>nouvelle étiquette</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>new tag name and a number that makes it unique</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) will lose the tag “%1”.</source>
        <translation>
            <numerusform>%n annotation perdra l’étiquette «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%n annotations perdront l’étiquette «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>Le nom d’une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>There is already a tag named “%1”.</source>
        <translation>Il existe déjà une étiquette nommée «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
</TS>
