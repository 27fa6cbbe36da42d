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
    <message>
        <source>Not mentioned</source>
        <translation>Non mentionné</translation>
    </message>
    <message>
        <source>One voice</source>
        <translation>Une seule voix</translation>
    </message>
    <message>
        <source>Agree: praise</source>
        <translation>Accord : éloge</translation>
    </message>
    <message>
        <source>Agree: criticism</source>
        <translation>Accord : critique</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagés</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>non mentionné</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n praise</source>
        <translation>
            <numerusform>%n éloge</numerusform>
            <numerusform>%n éloges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criticism(s)</source>
        <translation>
            <numerusform>%n reproche</numerusform>
            <numerusform>%n reproches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::Accessibility</name>
    <message>
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n praise</source>
        <translation>
            <numerusform>%n éloge</numerusform>
            <numerusform>%n éloges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criticism</source>
        <translation>
            <numerusform>%n reproche</numerusform>
            <numerusform>%n reproches</numerusform>
        </translation>
    </message>
    <message>
        <source>Review %1 of %2: %3</source>
        <extracomment>A review column as a screen reader names it: its place among the columns, then title, outlet and counts (&quot;Review 2 of 4: The Salt Orchard, Northgate Weekly, 4 praise, 10 criticism&quot;).</extracomment>
        <translation>Critique %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Grade %1 (%2 out of 100)</source>
        <translation>Note attribuée %1 (%2 sur 100)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed</source>
        <translation>
            <numerusform>%n annotation n’a pas pu être placée</numerusform>
            <numerusform>%n annotations n’ont pas pu être placées</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Éloge</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Reproche</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: “%2”; %3; %4</source>
        <extracomment>The current annotation for a screen reader: polarity, the marked words, tags, note.</extracomment>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;»&#x202f;; %3&#x202f;; %4</translation>
    </message>
    <message>
        <source>No current annotation</source>
        <translation>Aucune annotation courante</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationActions</name>
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
        <source>Select an annotation first: click a highlight or a row in the list.</source>
        <translation>Sélectionnez d’abord une annotation&#xa0;: cliquez sur un surlignage ou sur une ligne de la liste.</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
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
        <source>Toggle Tag %1</source>
        <translation>Activer/désactiver l’étiquette %1</translation>
    </message>
    <message>
        <source>Tag &amp;Palette…</source>
        <translation>&amp;Palette d’étiquettes…</translation>
    </message>
    <message>
        <source>Toggle and create tags of the current annotation by typing (Ctrl+T)</source>
        <translation>Activer, désactiver et créer au clavier les étiquettes de l’annotation courante (Ctrl+T)</translation>
    </message>
    <message>
        <source>Move Span End Left</source>
        <translation>Déplacer la fin du passage vers la gauche</translation>
    </message>
    <message>
        <source>Move Span End Right</source>
        <translation>Déplacer la fin du passage vers la droite</translation>
    </message>
    <message>
        <source>Move Span End a Word Left</source>
        <translation>Déplacer la fin du passage d’un mot vers la gauche</translation>
    </message>
    <message>
        <source>Move Span End a Word Right</source>
        <translation>Déplacer la fin du passage d’un mot vers la droite</translation>
    </message>
    <message>
        <source>Adjust Span Start</source>
        <translation>Ajuster le début du passage</translation>
    </message>
    <message>
        <source>Shift+Alt+Left/Right now move the start of the highlight.</source>
        <translation>Shift+Alt+Left/Right déplacent maintenant le début du surlignage.</translation>
    </message>
    <message>
        <source>Adjust Span End</source>
        <translation>Ajuster la fin du passage</translation>
    </message>
    <message>
        <source>Shift+Alt+Left/Right now move the end of the highlight.</source>
        <translation>Shift+Alt+Left/Right déplacent maintenant la fin du surlignage.</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>Étiquette «&#x202f;%1&#x202f;» ajoutée.</translation>
    </message>
    <message>
        <source>Removed the tag “%1”.</source>
        <translation>Étiquette «&#x202f;%1&#x202f;» retirée.</translation>
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
    <message>
        <source>no tags</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationMerger</name>
    <message numerus="yes">
        <source>%n at their place</source>
        <translation>
            <numerusform>%n à sa place</numerusform>
            <numerusform>%n à leur place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found again by their quote</source>
        <translation>
            <numerusform>%n retrouvée grâce à sa citation</numerusform>
            <numerusform>%n retrouvées grâce à leur citation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphans</source>
        <translation>
            <numerusform>%n conservée comme orpheline</numerusform>
            <numerusform>%n conservées comme orphelines</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported no annotations.</source>
        <translation>Aucune annotation importée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s): %1.</source>
        <translation>
            <numerusform>%n annotation importée&#xa0;: %1.</numerusform>
            <numerusform>%n annotations importées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added.</source>
        <translation>
            <numerusform>%n critique ajoutée.</numerusform>
            <numerusform>%n critiques ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n étiquette ajoutée.</numerusform>
            <numerusform>%n étiquettes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project.</source>
        <translation>
            <numerusform>%n déjà dans le projet.</numerusform>
            <numerusform>%n déjà dans le projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had neither praise nor criticism: marked as praise with the tag “%1”.</source>
        <translation>
            <numerusform>%n n’avait ni éloge ni reproche&#xa0;: marquée comme éloge avec l’étiquette «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%n n’avaient ni éloge ni reproche&#xa0;: marquées comme éloges avec l’étiquette «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no review and became orphans of the first one.</source>
        <translation>
            <numerusform>%n ne correspondait à aucune critique et est devenue orpheline de la première.</numerusform>
            <numerusform>%n ne correspondaient à aucune critique et sont devenues orphelines de la première.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import “%1”: the project has no reviews to add its annotations to. Add the reviews first.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: le projet ne contient aucune critique à laquelle ajouter ses annotations. Ajoutez d’abord les critiques.</translation>
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
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>Revmark::ColumnsArea</name>
    <message>
        <source>No reviews yet</source>
        <translation>Aucune critique pour l’instant</translation>
    </message>
    <message>
        <source>Add review files (plain text, Markdown, HTML) with File › Add Reviews…, or drop them on this window.</source>
        <translation>Ajoutez des fichiers de critiques (texte brut, Markdown, HTML) avec Fichier › Ajouter des critiques…, ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Press %1 to add review files (plain text, Markdown, HTML), or drop them on this window.</source>
        <translation>Appuyez sur %1 pour ajouter des fichiers de critiques (texte brut, Markdown, HTML), ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Press %1 to open a project.</source>
        <translation>Appuyez sur %1 pour ouvrir un projet.</translation>
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
        <source>--new needs at least one review file.</source>
        <translation>--new demande au moins un fichier de critique.</translation>
    </message>
    <message>
        <source>Print the suggested praise and criticism annotations of the review files given, one JSON object per line, then exit without opening a window.</source>
        <translation>Affiche les annotations d’éloge et de reproche suggérées pour les fichiers de critiques donnés, un objet JSON par ligne, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>Print the rating found in each review file given (raw and 0-100), one JSON object per line, then exit without opening a window.</source>
        <translation>Affiche la note trouvée dans chaque fichier de critique donné (brute et sur 0-100), un objet JSON par ligne, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Revmark %1 (Qt %2)</source>
        <translation>Revmark %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Optional parts:</source>
        <translation>Composants facultatifs&#xa0;:</translation>
    </message>
    <message>
        <source>  KSyntaxHighlighting cues (highlighting, suggestions, source view): %1</source>
        <translation>  Indices KSyntaxHighlighting (surlignage, suggestions, affichage de la source)&#xa0;: %1</translation>
    </message>
    <message>
        <source>--suggest and --grade cannot be used together.</source>
        <translation>--suggest et --grade ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>%1 cannot be used with --new, --export-pdf or --review.</source>
        <translation>%1 ne peut pas être utilisé avec --new, --export-pdf ou --review.</translation>
    </message>
    <message>
        <source>%1 needs at least one review file.</source>
        <translation>%1 demande au moins un fichier de critique.</translation>
    </message>
    <message>
        <source>--suggest is not available in this build of Revmark: it needs KSyntaxHighlighting.</source>
        <translation>--suggest n’est pas disponible dans cette version de Revmark&#xa0;: il nécessite KSyntaxHighlighting.</translation>
    </message>
    <message>
        <source>Print where the critics of the project given agree and where they split: the reviews with their grades, and each aspect&apos;s verdict and counts per review; then exit without opening a window.</source>
        <translation>Afficher où les critiques du projet donné s’accordent et où ils divergent&#xa0;: les critiques avec leurs notes, puis pour chaque aspect le verdict et les comptes par critique&#xa0;; puis quitter sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>With --summary: print as &lt;format&gt;: text (the default), markdown, csv or json.</source>
        <translation>Avec --summary&#xa0;: afficher au &lt;format&gt;&#xa0;: text (par défaut), markdown, csv ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>--format %1: not a summary format (%2).</source>
        <translation>--format %1&#xa0;: ce n’est pas un format de synthèse (%2).</translation>
    </message>
    <message>
        <source>--format is only used with --summary.</source>
        <translation>--format ne s’emploie qu’avec --summary.</translation>
    </message>
    <message>
        <source>--summary cannot be used with --new, --export-pdf, --suggest or --grade.</source>
        <translation>--summary ne peut pas s’employer avec --new, --export-pdf, --suggest ou --grade.</translation>
    </message>
    <message>
        <source>Write the annotations of the project given to &lt;out.csv&gt;, one row per annotation, then exit without opening a window.</source>
        <translation>Écrit les annotations du projet donné dans &lt;out.csv&gt;, une ligne par annotation, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>out.csv</source>
        <translation>sortie.csv</translation>
    </message>
    <message>
        <source>With --export-csv: write UTF-8 without a byte order mark.</source>
        <translation>Avec --export-csv&#xa0;: écrit en UTF-8 sans indicateur d’ordre des octets (BOM).</translation>
    </message>
    <message>
        <source>Write the annotations of the project given to &lt;out.jsonld&gt; as W3C Web Annotations, then exit without opening a window.</source>
        <translation>Écrit les annotations du projet donné dans &lt;out.jsonld&gt; au format W3C Web Annotations, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>out.jsonld</source>
        <translation>sortie.jsonld</translation>
    </message>
    <message>
        <source>Add the W3C Web Annotations (or Hypothesis annotations) of the file given to the project &lt;project.revmark&gt; and save it, then exit without opening a window.</source>
        <translation>Ajoute les W3C Web Annotations (ou les annotations Hypothesis) du fichier donné au projet &lt;project.revmark&gt; et l’enregistre, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>project.revmark</source>
        <translation>projet.revmark</translation>
    </message>
    <message>
        <source>Write the project given to &lt;out.qdpx&gt; as a REFI-QDA project, then exit without opening a window.</source>
        <translation>Écrit le projet donné dans &lt;out.qdpx&gt; sous forme de projet REFI-QDA, puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>out.qdpx</source>
        <translation>sortie.qdpx</translation>
    </message>
    <message>
        <source>Print, as Markdown, every passage of the project given that is tagged &lt;tag&gt;, review by review in column order, with reviewer, outlet, polarity and note; then exit without opening a window.</source>
        <translation>Affiche, en Markdown, chaque passage du projet donné étiqueté &lt;tag&gt;, critique par critique dans l’ordre des colonnes, avec l’auteur, la publication, la polarité et la note&#x202f;; puis quitte sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>With --export-pdf, --summary or --roundup: only review column &lt;n&gt; (1 is the first column); repeat for several, in the order given.</source>
        <translation>Avec --export-pdf, --summary ou --roundup&#xa0;: uniquement la colonne de critique &lt;n&gt; (1 est la première colonne)&#x202f;; à répéter pour plusieurs colonnes, dans l’ordre donné.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Revmark is already running (by default review files given are added to the running Revmark&apos;s project).</source>
        <translation>Ouvre une fenêtre distincte même si Revmark est déjà lancé (par défaut, les fichiers de critiques donnés sont ajoutés au projet du Revmark en cours d’exécution).</translation>
    </message>
    <message>
        <source>A project (*.revmark) to open and/or review files (plain text, Markdown, HTML) or REFI-QDA projects (*.qdpx) to add.</source>
        <translation>Un projet (*.revmark) à ouvrir et/ou des fichiers de critiques (texte brut, Markdown, HTML) ou des projets REFI-QDA (*.qdpx) à ajouter.</translation>
    </message>
    <message>
        <source>%1 needs exactly one project file (*.revmark).</source>
        <translation>%1 demande exactement un fichier de projet (*.revmark).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n annotation(s).</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» écrit avec %n annotation.</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» écrit avec %n annotations.</numerusform>
        </translation>
    </message>
    <message>
        <source>--import-w3c needs exactly one annotation file (*.jsonld, *.json).</source>
        <translation>--import-w3c demande exactement un fichier d’annotations (*.jsonld, *.json).</translation>
    </message>
    <message>
        <source>--roundup %1: “%2” has no such tag (its tags: %3).</source>
        <translation>--roundup %1&#xa0;: «&#x202f;%2&#x202f;» ne contient pas cette étiquette (ses étiquettes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  --new: the project was written, but some files could not be imported; --suggest, --grade: some files could not be imported (the others were printed)
  2  usage error
  3  nothing was written: --new could import no file or not write the project; --export-pdf could not read the project or not write the PDF; --summary, --roundup could not read the project; --suggest, --grade could import none of the files
  4  --suggest is not available in this build (it needs KSyntaxHighlighting)
--export-csv, --export-w3c, --export-qdpx and --import-w3c exit with 0, or 3 when they could not read or write a file.</source>
        <translation>Codes de sortie&#xa0;:
  0  succès
  1  --new&#xa0;: le projet a été écrit, mais certains fichiers n’ont pas pu être importés&#x202f;; --suggest, --grade&#xa0;: certains fichiers n’ont pas pu être importés (les autres ont été affichés)
  2  erreur d’utilisation
  3  rien n’a été écrit&#xa0;: --new n’a pu importer aucun fichier ou n’a pas pu écrire le projet&#x202f;; --export-pdf n’a pas pu lire le projet ou écrire le PDF&#x202f;; --summary, --roundup n’ont pas pu lire le projet&#x202f;; --suggest, --grade n’ont pu importer aucun des fichiers
  4  --suggest n’est pas disponible dans cette version (il nécessite KSyntaxHighlighting)
--export-csv, --export-w3c, --export-qdpx et --import-w3c se terminent avec le code 0, ou 3 s’ils n’ont pas pu lire ou écrire un fichier.</translation>
    </message>
    <message>
        <source>--no-bom is only used with --export-csv.</source>
        <translation>--no-bom ne s’emploie qu’avec --export-csv.</translation>
    </message>
    <message>
        <source>%1 cannot be used together.</source>
        <translation>%1 ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--roundup cannot be used with --new, --export-pdf, --summary, --suggest or --grade.</source>
        <translation>--roundup ne peut pas s’employer avec --new, --export-pdf, --summary, --suggest ou --grade.</translation>
    </message>
    <message>
        <source>--review is only used with --export-pdf, --summary or --roundup.</source>
        <translation>--review ne s’emploie qu’avec --export-pdf, --summary ou --roundup.</translation>
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
        <source>Place Orphaned Annotation</source>
        <translation>Placer l’annotation orpheline</translation>
    </message>
    <message>
        <source>Delete Orphaned Annotation</source>
        <translation>Supprimer l’annotation orpheline</translation>
    </message>
    <message>
        <source>Change Grade</source>
        <translation>Modification de la note attribuée</translation>
    </message>
    <message>
        <source>Re-import Review</source>
        <translation>Réimportation de la critique</translation>
    </message>
    <message>
        <source>Edit Review Properties</source>
        <translation>Modifier les propriétés de la critique</translation>
    </message>
    <message>
        <source>Edit Project Title</source>
        <translation>Modification du titre du projet</translation>
    </message>
    <message>
        <source>Set Aside Passage</source>
        <translation>Mise à l’écart du passage</translation>
    </message>
    <message>
        <source>Include Passage</source>
        <translation>Inclusion du passage</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Changement de langue</translation>
    </message>
    <message>
        <source>Adjust Span</source>
        <translation>Ajustement du passage</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Reject Suggestion</source>
        <translation>Rejet de la suggestion</translation>
    </message>
    <message>
        <source>Reject Suggestions</source>
        <translation>Rejet des suggestions</translation>
    </message>
</context>
<context>
    <name>Revmark::CompareView</name>
    <message>
        <source>Compare Reviews</source>
        <translation>Comparer les critiques</translation>
    </message>
    <message>
        <source>&amp;Compare Reviews</source>
        <translation>&amp;Comparer les critiques</translation>
    </message>
    <message>
        <source>Consensus matrix</source>
        <translation>Tableau des accords</translation>
    </message>
    <message>
        <source>Include &amp;hidden columns</source>
        <translation>Inclure les colonnes &amp;masquées</translation>
    </message>
    <message>
        <source>&amp;Align on Aspect</source>
        <translation>&amp;Aligner sur l’aspect</translation>
    </message>
    <message>
        <source>Scroll every column to its first passage on this aspect and filter the annotations to it (Ctrl+Shift+L; Esc ends)</source>
        <translation>Faire défiler chaque colonne jusqu’à son premier passage sur cet aspect et filtrer les annotations sur lui (Ctrl+Maj+L&#xa0;; Échap termine)</translation>
    </message>
    <message>
        <source>End Alignment</source>
        <translation>Terminer l’alignement</translation>
    </message>
    <message>
        <source>Next Annotation in Cell</source>
        <translation>Annotation suivante de la cellule</translation>
    </message>
    <message>
        <source>Next annotation of the current cell (F4)</source>
        <translation>Annotation suivante de la cellule courante (F4)</translation>
    </message>
    <message>
        <source>Previous Annotation in Cell</source>
        <translation>Annotation précédente de la cellule</translation>
    </message>
    <message>
        <source>Previous annotation of the current cell (Shift+F4)</source>
        <translation>Annotation précédente de la cellule courante (Maj+F4)</translation>
    </message>
    <message>
        <source>Aligned on %1. Esc ends.</source>
        <translation>Aligné sur %1. Échap termine.</translation>
    </message>
    <message>
        <source>&amp;Show in Column</source>
        <translation>&amp;Montrer dans la colonne</translation>
    </message>
</context>
<context>
    <name>Revmark::ConsensusChartWidget</name>
    <message>
        <source>Consensus chart</source>
        <translation>Graphique des accords</translation>
    </message>
    <message>
        <source>%1: %2 praise, %3 criticism, %4</source>
        <translation>%1&#xa0;: %2 éloge(s), %3 reproche(s), %4</translation>
    </message>
    <message>
        <source>%1: %2 praise, %3 criticism — %4</source>
        <translation>%1&#xa0;: %2 éloge(s), %3 reproche(s) — %4</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Critique %1</translation>
    </message>
    <message>
        <source>%1: %2 praise, %3 criticism</source>
        <translation>%1&#xa0;: %2 éloge(s), %3 reproche(s)</translation>
    </message>
</context>
<context>
    <name>Revmark::ConsensusModel</name>
    <message>
        <source>Grade</source>
        <translation>Note attribuée</translation>
    </message>
    <message>
        <source>Grade, %1: none</source>
        <translation>Note, %1&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Grade, %1: %2 (%3 of 100)</source>
        <translation>Note, %1&#xa0;: %2 (%3 sur 100)</translation>
    </message>
    <message>
        <source>Totals, all reviews: %1</source>
        <translation>Totaux, toutes les critiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Totals, %1: %2</source>
        <translation>Totaux, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, verdict: %2 (%3)</source>
        <translation>%1, verdict&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
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
    <message>
        <source>Reviews to export</source>
        <translation>Critiques à exporter</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Rou&amp;ndup of aspect:</source>
        <translation>Tour d’&amp;horizon de l’aspect&#xa0;:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>Impression de «&#x202f;%1&#x202f;»…</translation>
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
    <message>
        <source>Where the critics agree</source>
        <translation>Où les critiques s’accordent</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>+n praise, -n criticism in the review numbered above the column; an empty cell: the review does not mention the aspect. Agreement: every review that mentions the aspect has more praise than criticism for it (or more criticism than praise).</source>
        <translation>+n éloges, -n reproches dans la critique numérotée en haut de la colonne&#xa0;; une cellule vide&#xa0;: la critique ne mentionne pas l’aspect. Accord&#xa0;: chaque critique qui mentionne l’aspect a pour lui plus d’éloges que de reproches (ou plus de reproches que d’éloges).</translation>
    </message>
    <message>
        <source>Roundup: %1</source>
        <extracomment>Title of the roundup section of an export: the aspect (tag)</extracomment>
        <translation>Tour d’horizon&#xa0;: %1</translation>
    </message>
    <message>
        <source>No passage is tagged “%1”.</source>
        <translation>Aucun passage n’est étiqueté «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>Revmark::FindBar</name>
    <message>
        <source>&amp;Find in Reviews…</source>
        <translation>&amp;Rechercher dans les critiques…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Find in all reviews</source>
        <translation>Rechercher dans toutes les critiques</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Return)</source>
        <translation>Occurrence précédente (Maj+F3, Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next match, column by column (F3, Return)</source>
        <translation>Occurrence suivante, colonne par colonne (F3, Entrée)</translation>
    </message>
    <message>
        <source>Match Case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Tell capitals from small letters</source>
        <translation>Distinguer majuscules et minuscules</translation>
    </message>
    <message>
        <source>Whole Words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Seulement des mots entiers</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Find a word or phrase in every review at once (Ctrl+F)</source>
        <translation>Rechercher un mot ou une expression dans toutes les critiques à la fois (Ctrl+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ImportJob</name>
    <message numerus="yes">
        <source>Adding %n review(s)…</source>
        <translation>
            <numerusform>Ajout de %n critique…</numerusform>
            <numerusform>Ajout de %n critiques…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Reviews</source>
        <translation>Ajouter des critiques</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n review file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier de critique…</numerusform>
            <numerusform>Lecture de %n fichiers de critiques…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Revmark::Importer</name>
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
    <name>Revmark::InterchangeActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Expor&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Annotations as &amp;CSV…</source>
        <translation>Annotations au format &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Web Annotations…</source>
        <translation>&amp;Web Annotations…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>Projet &amp;REFI-QDA…</translation>
    </message>
    <message>
        <source>CSV with a &amp;Byte Order Mark</source>
        <translation>CSV avec indicateur d’ordre des &amp;octets (BOM)</translation>
    </message>
    <message>
        <source>Start CSV files with a UTF-8 byte order mark, so that spreadsheet programs read accents</source>
        <translation>Commencer les fichiers CSV par un indicateur d’ordre des octets UTF-8, pour que les tableurs lisent correctement les accents</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Exporté vers «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Open REFI-QDA Project</source>
        <translation>Ouvrir un projet REFI-QDA</translation>
    </message>
</context>
<context>
    <name>Revmark::Limits</name>
    <message>
        <source>it is larger than %1, the most Revmark reads from a review file.</source>
        <extracomment>Why a review file is refused; follows &quot;Could not import “file”: &quot;</extracomment>
        <translation>il dépasse %1, le maximum que Revmark lit d’un fichier de critique.</translation>
    </message>
    <message>
        <source>the file is larger than %1, the most a project file may be.</source>
        <extracomment>Why a project file is refused; follows &quot;Could not open “file”: &quot;</extracomment>
        <translation>le fichier dépasse %1, la taille maximale d’un fichier de projet.</translation>
    </message>
    <message>
        <source>its text is longer than %1 characters, the most a review may hold.</source>
        <extracomment>Why a review file is refused; follows &quot;Could not import “file”: &quot;</extracomment>
        <translation>son texte dépasse %1 caractères, le maximum que peut contenir une critique.</translation>
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
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <source>Revmark</source>
        <translation>Revmark</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Orphelines (%1)</translation>
    </message>
    <message>
        <source>The source of “%1” was moved or deleted: %2</source>
        <translation>La source de «&#x202f;%1&#x202f;» a été déplacée ou supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation>Récupérer le &amp;travail non enregistré…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation>Il n’y a aucun travail non enregistré à récupérer.</translation>
    </message>
    <message>
        <source>Restored the changes autosaved at %1. Save to keep them.</source>
        <translation>Modifications enregistrées automatiquement à %1 restaurées. Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>The project is read-only: Save saves under another name</source>
        <translation>Le projet est en lecture seule&#xa0;: Enregistrer enregistre sous un autre nom</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Revmark</source>
        <translation>%1[*] (lecture seule) — Revmark</translation>
    </message>
    <message>
        <source>Cues and suggestions: with KSyntaxHighlighting %1.</source>
        <translation>Indices et suggestions&#xa0;: avec KSyntaxHighlighting %1.</translation>
    </message>
    <message>
        <source>Cues and suggestions: not in this build (built without KSyntaxHighlighting).</source>
        <translation>Indices et suggestions&#xa0;: absents de cette version (compilée sans KSyntaxHighlighting).</translation>
    </message>
    <message>
        <source>Reviews (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.qdpx);;All files (*)</source>
        <translation>Critiques (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Projects (*.revmark *.qdpx)</source>
        <translation>Projets (*.revmark *.qdpx)</translation>
    </message>
</context>
<context>
    <name>Revmark::OrphansPanel</name>
    <message>
        <source>&amp;Place at Selection</source>
        <translation>&amp;Placer à la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Annotations whose words could not be found again after a review&apos;s source changed are kept here. Select their new place in the review and choose Place at Selection, or delete them.</source>
        <translation>Les annotations dont les mots sont introuvables après une modification de la source d’une critique sont conservées ici. Sélectionnez leur nouvel emplacement dans la critique et choisissez Placer à la sélection, ou supprimez-les.</translation>
    </message>
    <message>
        <source>Orphaned annotations</source>
        <translation>Annotations orphelines</translation>
    </message>
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
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Select its new place in the review&apos;s column first (Return)</source>
        <translation>Sélectionnez d’abord son nouvel emplacement dans la colonne de la critique (Return)</translation>
    </message>
    <message>
        <source>Delete the orphaned annotation (Delete); Undo brings it back</source>
        <translation>Supprimer l’annotation orpheline (Delete)&#x202f;; Annuler la rétablit</translation>
    </message>
    <message>
        <source>…%1 «%2» %3…</source>
        <extracomment>Tooltip of an orphan&apos;s quote: the text around it, the quote in guillemets.</extracomment>
        <translation>…%1 «&#x202f;%2&#x202f;» %3…</translation>
    </message>
    <message>
        <source>No orphaned annotations</source>
        <translation>Aucune annotation orpheline</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) without a place in the current text</source>
        <translation>
            <numerusform>%n annotation sans emplacement dans le texte actuel</numerusform>
            <numerusform>%n annotations sans emplacement dans le texte actuel</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the new place in that review&apos;s column first.</source>
        <translation>Sélectionnez d’abord le nouvel emplacement dans la colonne de cette critique.</translation>
    </message>
    <message>
        <source>The selection holds no words to place the annotation on.</source>
        <translation>La sélection ne contient aucun mot sur lequel placer l’annotation.</translation>
    </message>
    <message>
        <source>Not placed, in %1: %2</source>
        <translation>Non placée, dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>aucune note</translation>
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
    <message>
        <source>&amp;Keep a backup of the previous version</source>
        <translation>&amp;Conserver une copie de sauvegarde de la version précédente</translation>
    </message>
    <message>
        <source>On each save, the version being replaced is kept beside the project as “name.revmark~”.</source>
        <translation>À chaque enregistrement, la version remplacée est conservée à côté du projet sous le nom «&#x202f;name.revmark~&#x202f;».</translation>
    </message>
    <message>
        <source>Saving:</source>
        <translation>Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattements</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattements</translation>
    </message>
    <message>
        <source>Default</source>
        <extracomment>Reading font size 0: the system&apos;s size, a little enlarged.</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Reading font:</source>
        <translation>Police de &amp;lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Reading font &amp;size:</source>
        <translation>&amp;Taille de la police de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>The strongest suggestions a column shows at once; Ctrl+F8 shows more.</source>
        <translation>Nombre de suggestions, les plus fortes d’abord, qu’une colonne affiche à la fois&#x202f;; Ctrl+F8 en affiche davantage.</translation>
    </message>
    <message>
        <source>S&amp;uggestions per column:</source>
        <translation>S&amp;uggestions par colonne&#xa0;:</translation>
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
        <translation>%1 ne correspondait plus à sa citation et a été déplacée vers un texte similaire («&#x202f;%2&#x202f;»).</translation>
    </message>
    <message>
        <source>%1 (“%2”) could not be placed in the text and was kept as an orphaned annotation.</source>
        <translation>%1 («&#x202f;%2&#x202f;»)&#xa0;: impossible de la placer dans le texte, elle a été conservée comme annotation orpheline.</translation>
    </message>
    <message>
        <source>“orphans” of %1 is not a list.</source>
        <translation>«&#x202f;orphans&#x202f;» de %1 n’est pas une liste.</translation>
    </message>
    <message>
        <source>orphaned annotation %1 of review %2</source>
        <translation>annotation orpheline %1 de la critique %2</translation>
    </message>
    <message>
        <source>In %1, of %2 annotations %3 were moved to their exact quote, %4 to similar text, and %5 could not be placed and were kept as orphans.</source>
        <translation>Dans %1, sur %2 annotations, déplacées vers leur citation exacte&#xa0;: %3, vers un texte similaire&#xa0;: %4, impossibles à placer et conservées comme orphelines&#xa0;: %5.</translation>
    </message>
    <message>
        <source>“%2” of %1 is longer than %3 characters, the most a project file may hold.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» dépasse %3 caractères, le maximum qu’un fichier de projet peut contenir.</translation>
    </message>
    <message>
        <source>“%2” of %1 holds a text longer than %3 characters, the most a project file may hold.</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» contient un texte de plus de %3 caractères, le maximum qu’un fichier de projet peut contenir.</translation>
    </message>
    <message>
        <source>“grade” of %1 is not an object.</source>
        <translation>%1&#xa0;: «&#x202f;grade&#x202f;» n’est pas un objet.</translation>
    </message>
    <message>
        <source>the grade of %1</source>
        <translation>la note attribuée à %1</translation>
    </message>
    <message>
        <source>“value” of %1 is not between 0 and 100.</source>
        <translation>%1&#xa0;: «&#x202f;value&#x202f;» n’est pas compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>“corrected” of %1 is not true or false.</source>
        <translation>%1&#xa0;: «&#x202f;corrected&#x202f;» ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>it has more than %1 annotations, the most a project may have.</source>
        <translation>il contient plus de %1 annotations, le maximum pour un projet.</translation>
    </message>
    <message>
        <source>Saved “%1”, but its previous version could not be kept as a backup in “%2”, so the older backup there (if any) is unchanged. %3</source>
        <translation>«&#x202f;%1&#x202f;» enregistré, mais sa version précédente n’a pas pu être conservée comme copie de sauvegarde dans «&#x202f;%2&#x202f;»&#x202f;; l’ancienne copie de sauvegarde éventuelle reste donc inchangée. %3</translation>
    </message>
    <message>
        <source>The file “%1” is read-only.</source>
        <translation>Le fichier «&#x202f;%1&#x202f;» est en lecture seule.</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only, so the project cannot be saved there.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» est en lecture seule&#x202f;; le projet ne peut donc pas y être enregistré.</translation>
    </message>
    <message>
        <source>Could not open “%1”: it holds far more entries than a project may have (at most %2 annotations in %3 reviews); it may be damaged or not a Revmark project.</source>
        <translation>Impossible d’ouvrir «&#x202f;%1&#x202f;»&#xa0;: il contient bien plus d’entrées qu’un projet ne peut en avoir (au plus %2 annotations dans %3 critiques)&#x202f;; il est peut-être endommagé ou ce n’est pas un projet Revmark.</translation>
    </message>
    <message>
        <source>it has more than %1 reviews, the most a project may have.</source>
        <translation>il contient plus de %1 critiques, le maximum pour un projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) did not match their text and were kept as orphans without being searched for: the file has more mismatched annotations than can be repaired in one go.</source>
        <translation>
            <numerusform>%n annotation ne correspondait pas à son texte et a été conservée comme orpheline sans être recherchée&#xa0;: le fichier contient plus d’annotations discordantes qu’il n’est possible d’en réparer en une fois.</numerusform>
            <numerusform>%n annotations ne correspondaient pas à leur texte et ont été conservées comme orphelines sans être recherchées&#xa0;: le fichier contient plus d’annotations discordantes qu’il n’est possible d’en réparer en une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>“language” of %1 is not a language code such as “en”.</source>
        <translation>%1&#xa0;: «&#x202f;language&#x202f;» n’est pas un code de langue tel que «&#x202f;en&#x202f;».</translation>
    </message>
    <message>
        <source>“setAside” of %1 is not a list.</source>
        <translation>%1&#xa0;: «&#x202f;setAside&#x202f;» n’est pas une liste.</translation>
    </message>
    <message>
        <source>a passage set aside in %1</source>
        <translation>un passage mis à l’écart dans %1</translation>
    </message>
    <message>
        <source>“setAside” of %1 holds something other than a passage.</source>
        <translation>%1&#xa0;: «&#x202f;setAside&#x202f;» contient autre chose qu’un passage.</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectLock</name>
    <message>
        <source>It is open in another Revmark window (process %1 on %2).</source>
        <translation>Il est ouvert dans une autre fenêtre de Revmark (processus %1 sur %2).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Its lock file could not be created.</source>
        <translation>Son fichier de verrouillage n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectPropertiesDialog</name>
    <message>
        <source>Project Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>Heads the pages of an exported PDF and the window title.</source>
        <translation>Figure en tête des pages d’un PDF exporté et dans le titre de la fenêtre.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>%1 · %2</source>
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
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Project P&amp;roperties…</source>
        <translation>P&amp;ropriétés du projet…</translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectSession</name>
    <message>
        <source>“%1” was repaired while opening:
%2</source>
        <translation>«&#x202f;%1&#x202f;» a été réparé à l’ouverture&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The project has no file yet: save it under a name.</source>
        <translation>Le projet n’a pas encore de fichier&#xa0;: enregistrez-le sous un nom.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: it is open in another Revmark window. Close it there or choose another name.</source>
        <translation>Impossible d’enregistrer «&#x202f;%1&#x202f;»&#xa0;: il est ouvert dans une autre fenêtre de Revmark. Fermez-le dans celle-ci ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The review is no longer in the project.</source>
        <translation>La critique n’est plus dans le projet.</translation>
    </message>
    <message>
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
    <message>
        <source>“%1” changed on disk but could not be read again: %2</source>
        <translation>«&#xa0;%1&#xa0;» a changé sur le disque mais n’a pas pu être relu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” re-imported: the file holds the same text, nothing changed.</source>
        <translation>«&#x202f;%1&#x202f;» réimportée&#xa0;: le fichier contient le même texte, rien n’a changé.</translation>
    </message>
    <message>
        <source>“%1” changed on disk and was read again; it has no annotations to move.</source>
        <translation>«&#x202f;%1&#x202f;» a changé sur le disque et a été relue&#x202f;; elle n’a aucune annotation à déplacer.</translation>
    </message>
    <message>
        <source>“%1” re-imported; it has no annotations to move.</source>
        <translation>«&#x202f;%1&#x202f;» réimportée&#x202f;; elle n’a aucune annotation à déplacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned</source>
        <extracomment>Counts of a re-import: how the review&apos;s annotations were placed in its new text.</extracomment>
        <translation>
            <numerusform>%n annotation inchangée, déplacées&#xa0;: %1, replacées par correspondance approximative&#xa0;: %2, orphelines&#xa0;: %3</numerusform>
            <numerusform>%n annotations inchangées, déplacées&#xa0;: %1, replacées par correspondance approximative&#xa0;: %2, orphelines&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n earlier orphan(s) placed again</source>
        <translation>
            <numerusform>%1&#x202f;; %n ancienne orpheline replacée</numerusform>
            <numerusform>%1&#x202f;; %n anciennes orphelines replacées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” changed on disk: %2</source>
        <translation>«&#x202f;%1&#x202f;» a changé sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” re-imported: %2</source>
        <translation>«&#x202f;%1&#x202f;» réimportée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Revmark::QdpxExporter</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revmark could no longer find this passage in “%1”; it is kept here as an orphaned annotation.</source>
        <translation>Revmark ne retrouve plus ce passage dans «&#x202f;%1&#x202f;»&#x202f;; il est conservé ici comme annotation orpheline.</translation>
    </message>
    <message>
        <source>Quote: “%1”</source>
        <translation>Citation&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>In context: “…%1%2%3…”</source>
        <translation>En contexte&#xa0;: «&#x202f;…%1%2%3…&#x202f;»</translation>
    </message>
    <message>
        <source>Polarity: %1</source>
        <translation>Polarité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Orphaned praise: “%1”</source>
        <translation>Éloge orphelin&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Orphaned criticism: “%1”</source>
        <translation>Critique orpheline&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) written as notes.</source>
        <translation>
            <numerusform>%n annotation orpheline écrite comme note.</numerusform>
            <numerusform>%n annotations orphelines écrites comme notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::QdpxImporter</name>
    <message>
        <source>project.qde has a document type declaration (DTD); Revmark reads no DTDs or entities.</source>
        <translation>project.qde contient une déclaration de type de document (DTD)&#x202f;; Revmark ne lit ni DTD ni entités.</translation>
    </message>
    <message>
        <source>project.qde refers to an entity; Revmark reads no DTDs or entities.</source>
        <translation>project.qde fait référence à une entité&#x202f;; Revmark ne lit ni DTD ni entités.</translation>
    </message>
    <message>
        <source>project.qde holds a text longer than Revmark reads.</source>
        <translation>project.qde contient un texte plus long que ce que Revmark peut lire.</translation>
    </message>
    <message>
        <source>project.qde has more than %1 elements.</source>
        <translation>project.qde contient plus de %1 éléments.</translation>
    </message>
    <message>
        <source>project.qde nests elements deeper than %1.</source>
        <translation>project.qde imbrique des éléments sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project (its root is &lt;%1&gt;, not &lt;Project&gt;).</source>
        <translation>project.qde n’est pas un projet REFI-QDA (sa racine est &lt;%1&gt;, et non &lt;Project&gt;).</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML (%1, line %2).</source>
        <translation>project.qde n’est pas un XML bien formé (%1, ligne %2).</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project.</source>
        <translation>project.qde n’est pas un projet REFI-QDA.</translation>
    </message>
    <message>
        <source>Could not import “%1”: the file is empty.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the source “%1” is outside the archive (%2); Revmark reads only sources inside it.</source>
        <translation>la source «&#x202f;%1&#x202f;» est hors de l’archive (%2)&#x202f;; Revmark ne lit que les sources qu’elle contient.</translation>
    </message>
    <message>
        <source>the source “%1” is not in the file.</source>
        <translation>la source «&#x202f;%1&#x202f;» n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is larger than %2, the most Revmark reads from a REFI-QDA project.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: il dépasse %2, le maximum que Revmark lit d’un projet REFI-QDA.</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>its details are longer than Revmark reads</source>
        <translation>ses détails sont plus longs que ce que Revmark lit</translation>
    </message>
    <message>
        <source>its details cannot be read</source>
        <translation>ses détails sont illisibles</translation>
    </message>
    <message>
        <source>it has no quote</source>
        <translation>elle n’a pas de citation</translation>
    </message>
    <message>
        <source>In “%1”, the note “%2” holds an orphaned annotation from Revmark, but %3; it was left out.</source>
        <translation>Dans «&#x202f;%1&#x202f;», la note «&#x202f;%2&#x202f;» contient une annotation orpheline de Revmark, mais %3&#x202f;; elle a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n more note(s) holding orphaned annotations could not be read.</source>
        <translation>
            <numerusform>%n autre note contenant des annotations orphelines n’a pas pu être lue.</numerusform>
            <numerusform>%n autres notes contenant des annotations orphelines n’ont pas pu être lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ReadOnlyNotice</name>
    <message>
        <source>“%1” is open read-only. %2 Your changes are autosaved; use File › Save As… to keep them in another file.</source>
        <translation>«&#x202f;%1&#x202f;» est ouvert en lecture seule. %2 Vos modifications sont enregistrées automatiquement&#x202f;; utilisez Fichier › Enregistrer sous… pour les conserver dans un autre fichier.</translation>
    </message>
</context>
<context>
    <name>Revmark::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Revmark::RecoveryDialog</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Revmark did not close normally last time. These changes were autosaved but never saved in their project:</source>
        <translation>Revmark ne s’est pas fermé normalement la dernière fois. Ces modifications ont été enregistrées automatiquement, mais jamais enregistrées dans leur projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistré automatiquement</translation>
    </message>
    <message>
        <source>What would be restored</source>
        <translation>Ce qui serait restauré</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Jamais enregistré</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>&amp;Garder pour plus tard</translation>
    </message>
    <message>
        <source>Close this window and offer these changes again next time</source>
        <translation>Fermer cette fenêtre et proposer à nouveau ces modifications la prochaine fois</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Restoring opens the changes as an unsaved project; saving writes them to its project file. Kept changes are offered again at the next start and from File › Recover Unsaved Work…</source>
        <translation>La restauration ouvre les modifications comme un projet non enregistré&#x202f;; l’enregistrement les écrit dans son fichier de projet. Les modifications gardées sont proposées à nouveau au prochain démarrage et depuis Fichier › Récupérer le travail non enregistré…</translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message>
        <source>Discard the changes to “%1” autosaved at %2? They cannot be recovered afterwards.</source>
        <translation>Abandonner les modifications de «&#x202f;%1&#x202f;» enregistrées automatiquement à %2&#x202f;? Elles ne pourront plus être récupérées ensuite.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted; another Revmark may be using it.</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu être supprimé&#x202f;; une autre instance de Revmark l’utilise peut-être.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>Recovery dialog, below the list: project name, location, then what would be restored</extracomment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Revmark::RecoveryStore</name>
    <message>
        <source>%1 and %2, not saved in any project file.</source>
        <extracomment>Recovery: what an autosave of a project without a saved file holds</extracomment>
        <translation>%1 et %2, non enregistrées dans un fichier de projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added</source>
        <translation>
            <numerusform>%n annotation ajoutée</numerusform>
            <numerusform>%n annotations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed</source>
        <translation>
            <numerusform>%n annotation modifiée</numerusform>
            <numerusform>%n annotations modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) removed</source>
        <translation>
            <numerusform>%n annotation supprimée</numerusform>
            <numerusform>%n annotations supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added</source>
        <translation>
            <numerusform>%n critique ajoutée</numerusform>
            <numerusform>%n critiques ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) changed</source>
        <translation>
            <numerusform>%n critique modifiée</numerusform>
            <numerusform>%n critiques modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) removed</source>
        <translation>
            <numerusform>%n critique retirée</numerusform>
            <numerusform>%n critiques retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>project title changed</source>
        <translation>titre du projet modifié</translation>
    </message>
    <message>
        <source>tag list changed</source>
        <translation>liste des étiquettes modifiée</translation>
    </message>
    <message>
        <source>The same as the saved project file.</source>
        <translation>Identique au fichier de projet enregistré.</translation>
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
        <translation>%1 Le fichier de projet a été enregistré après cet enregistrement automatique.</translation>
    </message>
    <message>
        <source>Could not write the recovery file “%1”: its folder cannot be created or another Revmark is using it.</source>
        <translation>Impossible d’écrire le fichier de récupération «&#x202f;%1&#x202f;»&#xa0;: son dossier ne peut pas être créé ou une autre instance de Revmark l’utilise.</translation>
    </message>
</context>
<context>
    <name>Revmark::ReportBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show Orphans</source>
        <translation>Afficher les orphelines</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewActions</name>
    <message>
        <source>&amp;Columns</source>
        <translation>Co&amp;lonnes</translation>
    </message>
    <message>
        <source>Review &amp;Properties…</source>
        <translation>&amp;Propriétés de la critique…</translation>
    </message>
    <message>
        <source>Re-&amp;import Source…</source>
        <translation>Ré&amp;importer la source…</translation>
    </message>
    <message>
        <source>Read the review&apos;s original file again, or a newer version of it, and re-anchor its annotations</source>
        <translation>Relire le fichier d’origine de la critique, ou une version plus récente, et réancrer ses annotations</translation>
    </message>
    <message>
        <source>Show &amp;Source…</source>
        <translation>Afficher la &amp;source…</translation>
    </message>
    <message>
        <source>Show the file the review was imported from</source>
        <translation>Afficher le fichier dont la critique a été importée</translation>
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
        <source>Re-import Source of “%1”</source>
        <translation>Réimporter la source de «&#x202f;%1&#x202f;»</translation>
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
        <source>Untitled review</source>
        <translation>Critique sans titre</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Afficher toutes les colonnes</translation>
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
    <message>
        <source>Annotations that could not be placed in the current text: show them</source>
        <translation>Annotations qui n’ont pas pu être placées dans le texte actuel&#xa0;: les afficher</translation>
    </message>
    <message>
        <source>Grade %1: %2 out of 100 (set by you)</source>
        <translation>Note attribuée %1&#xa0;: %2 sur 100 (définie par vous)</translation>
    </message>
    <message>
        <source>Grade %1: %2 out of 100 (found in the review)</source>
        <translation>Note attribuée %1&#xa0;: %2 sur 100 (trouvée dans la critique)</translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n time(s) in this review</source>
        <translation>
            <numerusform>Trouvé %n fois dans cette critique</numerusform>
            <numerusform>Trouvé %n fois dans cette critique</numerusform>
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
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Review Properties</source>
        <translation>Propriétés de la critique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>The review&apos;s language is not known</extracomment>
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
    <message>
        <source>e.g. B-, 3.5/5, 8/10, ★★★½, 85%</source>
        <translation>p. ex. B-, 3.5/5, 8/10, ★★★½, 85%</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source> / 100</source>
        <extracomment>Suffix of the grade&apos;s value: &quot;80 / 100&quot;</extracomment>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>Définie par vous.</translation>
    </message>
    <message>
        <source>Found in the review when it was imported.</source>
        <translation>Trouvée dans la critique lors de son importation.</translation>
    </message>
    <message>
        <source>No grade.</source>
        <translation>Aucune note attribuée.</translation>
    </message>
    <message>
        <source>Read as %1 out of 100.</source>
        <translation>Lue comme %1 sur 100.</translation>
    </message>
    <message>
        <source>Not a rating Revmark knows: set the value by hand.</source>
        <translation>Notation inconnue de Revmark&#xa0;: saisissez la valeur à la main.</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Note attribuée&#xa0;:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewView</name>
    <message>
        <source>Set aside as part of the web page, not the review: left out of cues, suggestions, find and export. Right-click to include it.</source>
        <translation>Mis à l’écart comme faisant partie de la page web et non de la critique&#xa0;: exclu des indices, des suggestions, de la recherche et de l’exportation. Clic droit pour l’inclure.</translation>
    </message>
    <message>
        <source>Include This Passage</source>
        <translation>Inclure ce passage</translation>
    </message>
    <message>
        <source>Set Aside This Passage</source>
        <translation>Mettre ce passage à l’écart</translation>
    </message>
</context>
<context>
    <name>Revmark::Roundup</name>
    <message>
        <source>Praise: %1 · Criticism: %2 · Reviews: %3</source>
        <extracomment>A roundup&apos;s counts, after the project&apos;s title</extracomment>
        <translation>Éloges&#xa0;: %1 · Reproches&#xa0;: %2 · Critiques&#xa0;: %3</translation>
    </message>
    <message>
        <source>Roundup: %1</source>
        <extracomment>Heading of a roundup: the aspect (tag)</extracomment>
        <translation>Tour d’horizon&#xa0;: %1</translation>
    </message>
    <message>
        <source>No passage is tagged “%1”.</source>
        <translation>Aucun passage n’est étiqueté «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>**%1**: “%2”</source>
        <extracomment>A passage in a roundup: polarity, then the quoted passage</extracomment>
        <translation>**%1**&#xa0;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
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
    <name>Revmark::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Revmark::SourceView</name>
    <message>
        <source>Source of “%1”</source>
        <translation>Source de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>This review was not imported from a file.</source>
        <translation>Cette critique n’a pas été importée depuis un fichier.</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was moved, renamed or deleted. The review in the project is not affected.</source>
        <translation>«&#x202f;%1&#x202f;» n’existe plus&#xa0;: il a été déplacé, renommé ou supprimé. La critique du projet n’est pas affectée.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not the file the review came from.</source>
        <translation>«&#x202f;%1&#x202f;» est un dossier, pas le fichier d’où provient la critique.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is empty now.</source>
        <translation>«&#x202f;%1&#x202f;» est maintenant vide.</translation>
    </message>
    <message>
        <source>“%1” is no longer a text file.</source>
        <translation>«&#x202f;%1&#x202f;» n’est plus un fichier texte.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: %2</source>
        <extracomment>%2 is the reason, e.g. &quot;it is larger than 20 MB, the most Revmark reads from a review file.&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être affiché&#xa0;: %2</translation>
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
        <source>%1 · autosaved %2</source>
        <translation>%1 · enregistré automatiquement à %2</translation>
    </message>
</context>
<context>
    <name>Revmark::StepProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Revmark::SuggestionActions</name>
    <message>
        <source>Cue &amp;Set</source>
        <translation>&amp;Jeu d’indices</translation>
    </message>
    <message>
        <source>Show &amp;Cues</source>
        <translation>Afficher les &amp;indices</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Show the words that carry judgement: praise, criticism, hedges, negations, ratings</source>
        <translation>Afficher les mots porteurs de jugement&#xa0;: éloges, reproches, atténuations, négations, notes</translation>
    </message>
    <message>
        <source>Su&amp;ggest Annotations</source>
        <translation>Suggérer des a&amp;nnotations</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Propose praise and criticism for the current review from its cues (Ctrl+Alt+S)</source>
        <translation>Proposer des éloges et des reproches pour la critique courante à partir de ses indices (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <source>Suggest for A&amp;ll Reviews</source>
        <translation>Suggérer pour &amp;toutes les critiques</translation>
    </message>
    <message>
        <source>Ne&amp;xt Suggestion</source>
        <translation>Suggestion s&amp;uivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Suggestion</source>
        <translation>Suggestion pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Acc&amp;epter la suggestion</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>Re&amp;jeter la suggestion</translation>
    </message>
    <message>
        <source>Accept All Suggestions</source>
        <translation>Accepter toutes les suggestions</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) accepted as annotations. Undo (Ctrl+Z) takes them back.</source>
        <translation>
            <numerusform>%n suggestion acceptée comme annotation. Annuler (Ctrl+Z) la retire.</numerusform>
            <numerusform>%n suggestions acceptées comme annotations. Annuler (Ctrl+Z) les retire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject All Suggestions</source>
        <translation>Rejeter toutes les suggestions</translation>
    </message>
    <message>
        <source>No suggestions: the cues do not add up to clear praise or criticism outside what is already marked.</source>
        <translation>Aucune suggestion&#xa0;: les indices ne suffisent pas à dégager un éloge ou un reproche clair en dehors de ce qui est déjà marqué.</translation>
    </message>
    <message>
        <source>No suggestions for “%1”: its cues do not add up to clear praise or criticism outside what is already marked.</source>
        <translation>Aucune suggestion pour «&#x202f;%1&#x202f;»&#xa0;: ses indices ne suffisent pas à dégager un éloge ou un reproche clair en dehors de ce qui est déjà marqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) · F8 next · Ctrl+Return accept · Delete reject</source>
        <extracomment>Status bar, while suggestions are shown</extracomment>
        <translation>
            <numerusform>%n suggestion · F8 suivante · Ctrl+Return accepter · Delete rejeter</numerusform>
            <numerusform>%n suggestions · F8 suivante · Ctrl+Return accepter · Delete rejeter</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;More Suggestions</source>
        <translation>Afficher &amp;plus de suggestions</translation>
    </message>
    <message>
        <source>Each column shows its strongest suggestions first; this shows more of them (Ctrl+F8)</source>
        <translation>Chaque colonne affiche d’abord ses suggestions les plus fortes&#x202f;; cette action en affiche davantage (Ctrl+F8)</translation>
    </message>
    <message>
        <source>Every suggestion is already shown.</source>
        <translation>Toutes les suggestions sont déjà affichées.</translation>
    </message>
    <message>
        <source>Suggest for All Reviews</source>
        <translation>Suggérer pour toutes les critiques</translation>
    </message>
    <message>
        <source>Looking for praise and criticism…</source>
        <translation>Recherche d’éloges et de reproches…</translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+F8 %n more</source>
        <extracomment>Status bar: suggestions found but not shown yet</extracomment>
        <translation>
            <numerusform>Ctrl+F8 %n autre</numerusform>
            <numerusform>Ctrl+F8 %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::SuggestionSet</name>
    <message numerus="yes">
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>Acceptation de %n suggestion</numerusform>
            <numerusform>Acceptation de %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested praise</source>
        <translation>Éloge suggéré</translation>
    </message>
    <message>
        <source>Suggested criticism</source>
        <translation>Reproche suggéré</translation>
    </message>
    <message>
        <source>Cues: %1</source>
        <translation>Indices&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ctrl+Return accepts, Delete rejects, F8 goes to the next</source>
        <translation>Ctrl+Return accepte, Delete rejette, F8 passe à la suivante</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Revmark::SummaryFormatter</name>
    <message>
        <source>Reviews</source>
        <translation>Critiques</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>Aspects</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>+n: praise, -n: criticism, by the review numbered above the column; empty: the review does not mention the aspect.</source>
        <translation>+n&#xa0;: éloges, -n&#xa0;: reproches, de la critique numérotée en haut de la colonne&#xa0;; vide&#xa0;: la critique ne mentionne pas l’aspect.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A grade as written in the review and its value from 0 to 100: &quot;B- (75)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Review %1</source>
        <extracomment>A review without author, outlet or title, by its column number</extracomment>
        <translation>Critique %1</translation>
    </message>
</context>
<context>
    <name>Revmark::TagPalette</name>
    <message>
        <source>Tag palette</source>
        <translation>Palette d’étiquettes</translation>
    </message>
    <message>
        <source>Type to filter or to create a tag</source>
        <translation>Tapez pour filtrer ou créer une étiquette</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Enter toggles · Escape closes</source>
        <translation>Enter active/désactive · Escape ferme</translation>
    </message>
    <message>
        <source>Tags of “%1”</source>
        <translation>Étiquettes de «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation>Créer l’étiquette «&#x202f;%1&#x202f;»</translation>
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
<context>
    <name>Revmark::TagsMenu</name>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
</context>
<context>
    <name>Revmark::WebAnnotation</name>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a text in it is longer than %1 characters, the most Revmark keeps in one field.</source>
        <translation>un de ses textes dépasse %1 caractères, le maximum que Revmark conserve dans un champ.</translation>
    </message>
    <message>
        <source>it holds more than %1 annotations.</source>
        <translation>il contient plus de %1 annotations.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>ce n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>it is neither a W3C Web Annotation nor a Hypothesis annotation.</source>
        <translation>ce n’est ni une W3C Web Annotation ni une annotation Hypothesis.</translation>
    </message>
    <message>
        <source>Could not import “%1”: it is larger than %2, the most Revmark reads from an annotation file.</source>
        <translation>Impossible d’importer «&#x202f;%1&#x202f;»&#xa0;: il dépasse %2, le maximum que Revmark lit d’un fichier d’annotations.</translation>
    </message>
    <message>
        <source>Import Web Annotations</source>
        <translation>Importer des Web Annotations</translation>
    </message>
</context>
<context>
    <name>Revmark::ZipArchive</name>
    <message>
        <source>it is not a readable zip archive (%1).</source>
        <translation>ce n’est pas une archive zip lisible (%1).</translation>
    </message>
    <message>
        <source>the archive has %1 entries; Revmark reads at most %2.</source>
        <translation>l’archive contient %1 entrées&#x202f;; Revmark en lit au plus %2.</translation>
    </message>
    <message>
        <source>entry %1 of the archive cannot be read.</source>
        <translation>l’entrée %1 de l’archive ne peut pas être lue.</translation>
    </message>
    <message>
        <source>the archive has an entry named “%1”, which points outside it.</source>
        <translation>l’archive contient une entrée nommée «&#x202f;%1&#x202f;», qui pointe hors de celle-ci.</translation>
    </message>
    <message>
        <source>the archive unpacks to more than %1, the most Revmark reads from it.</source>
        <translation>l’archive se décompresse en plus de %1, le maximum que Revmark en lit.</translation>
    </message>
    <message>
        <source>the archive has no entry “%1”.</source>
        <translation>l’archive ne contient pas d’entrée «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>the entry “%1” cannot be unpacked (%2).</source>
        <translation>l’entrée «&#x202f;%1&#x202f;» ne peut pas être décompressée (%2).</translation>
    </message>
    <message>
        <source>the entry “%1” does not have the size the archive declares.</source>
        <translation>l’entrée «&#x202f;%1&#x202f;» n’a pas la taille déclarée par l’archive.</translation>
    </message>
    <message>
        <source>the archive could not be assembled in memory.</source>
        <translation>l’archive n’a pas pu être assemblée en mémoire.</translation>
    </message>
</context>
<context>
    <name>Revmark::ZoomController</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
</context>
</TS>
