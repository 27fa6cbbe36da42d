<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Revmark</name>
    <message numerus="yes">
        <source>%n praise</source>
        <translation>
            <numerusform>%n praise</numerusform>
            <numerusform>%n praise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criticism(s)</source>
        <translation>
            <numerusform>%n criticism</numerusform>
            <numerusform>%n criticisms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::Accessibility</name>
    <message numerus="yes">
        <source>%n praise</source>
        <translation>
            <numerusform>%n praise</numerusform>
            <numerusform>%n praise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criticism</source>
        <translation>
            <numerusform>%n criticism</numerusform>
            <numerusform>%n criticism</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed</source>
        <translation>
            <numerusform>%n annotation could not be placed</numerusform>
            <numerusform>%n annotations could not be placed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationMerger</name>
    <message numerus="yes">
        <source>%n at their place</source>
        <translation>
            <numerusform>%n at its place</numerusform>
            <numerusform>%n at their place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found again by their quote</source>
        <translation>
            <numerusform>%n found again by its quote</numerusform>
            <numerusform>%n found again by their quote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphans</source>
        <translation>
            <numerusform>%n kept as an orphan</numerusform>
            <numerusform>%n kept as orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s): %1.</source>
        <translation>
            <numerusform>Imported %n annotation: %1.</numerusform>
            <numerusform>Imported %n annotations: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added.</source>
        <translation>
            <numerusform>%n review added.</numerusform>
            <numerusform>%n reviews added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added.</source>
        <translation>
            <numerusform>%n tag added.</numerusform>
            <numerusform>%n tags added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project.</source>
        <translation>
            <numerusform>%n already in the project.</numerusform>
            <numerusform>%n already in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had neither praise nor criticism: marked as praise with the tag “%1”.</source>
        <translation>
            <numerusform>%n had neither praise nor criticism: marked as praise with the tag “%1”.</numerusform>
            <numerusform>%n had neither praise nor criticism: marked as praise with the tag “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no review and became orphans of the first one.</source>
        <translation>
            <numerusform>%n matched no review and became an orphan of the first one.</numerusform>
            <numerusform>%n matched no review and became orphans of the first one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::AnnotationPanel</name>
    <message numerus="yes">
        <source>%n annotation(s) · %1 praise · %2 criticism</source>
        <translation>
            <numerusform>%n annotation · %1 praise · %2 criticism</numerusform>
            <numerusform>%n annotations · %1 praise · %2 criticism</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::CommandLine</name>
    <message numerus="yes">
        <source>Wrote “%1” with %n review(s).</source>
        <translation>
            <numerusform>Wrote “%1” with %n review.</numerusform>
            <numerusform>Wrote “%1” with %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--review %1: “%2” has only %n review(s).</source>
        <translation>
            <numerusform>--review %1: “%2” has only %n review.</numerusform>
            <numerusform>--review %1: “%2” has only %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n annotation(s).</source>
        <translation>
            <numerusform>Wrote “%1” with %n annotation.</numerusform>
            <numerusform>Wrote “%1” with %n annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::Commands</name>
    <message numerus="yes">
        <source>Add %n Review(s)</source>
        <translation>
            <numerusform>Add %n Review</numerusform>
            <numerusform>Add %n Reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ImportJob</name>
    <message numerus="yes">
        <source>Adding %n review(s)…</source>
        <translation>
            <numerusform>Adding %n review…</numerusform>
            <numerusform>Adding %n reviews…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n review file(s)…</source>
        <translation>
            <numerusform>Reading %n review file…</numerusform>
            <numerusform>Reading %n review files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::MainWindow</name>
    <message numerus="yes">
        <source>%n review(s) added. These files could not be imported:
%1</source>
        <translation>
            <numerusform>%n review added. These files could not be imported:
%1</numerusform>
            <numerusform>%n reviews added. These files could not be imported:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::OrphansPanel</name>
    <message numerus="yes">
        <source>%n annotation(s) without a place in the current text</source>
        <translation>
            <numerusform>%n annotation without a place in the current text</numerusform>
            <numerusform>%n annotations without a place in the current text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectFile</name>
    <message numerus="yes">
        <source>%n annotation(s) did not match their text and were kept as orphans without being searched for: the file has more mismatched annotations than can be repaired in one go.</source>
        <translation>
            <numerusform>%n annotation did not match its text and was kept as an orphan without being searched for: the file has more mismatched annotations than can be repaired in one go.</numerusform>
            <numerusform>%n annotations did not match their text and were kept as orphans without being searched for: the file has more mismatched annotations than can be repaired in one go.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectPropertiesDialog</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ProjectSession</name>
    <message numerus="yes">
        <source>%n annotation(s) unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned</source>
        <extracomment>Counts of a re-import: how the review&apos;s annotations were placed in its new text.</extracomment>
        <translation>
            <numerusform>%n annotation unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned</numerusform>
            <numerusform>%n annotations unchanged, %1 moved, %2 re-placed by fuzzy match, %3 orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n earlier orphan(s) placed again</source>
        <translation>
            <numerusform>%1; %n earlier orphan placed again</numerusform>
            <numerusform>%1; %n earlier orphans placed again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::QdpxExporter</name>
    <message numerus="yes">
        <source>%n orphaned annotation(s) written as notes.</source>
        <translation>
            <numerusform>%n orphaned annotation written as a note.</numerusform>
            <numerusform>%n orphaned annotations written as notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::QdpxImporter</name>
    <message numerus="yes">
        <source>%n more note(s) holding orphaned annotations could not be read.</source>
        <translation>
            <numerusform>%n more note holding orphaned annotations could not be read.</numerusform>
            <numerusform>%n more notes holding orphaned annotations could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::RecoveryStore</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
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
            <numerusform>%n annotation added</numerusform>
            <numerusform>%n annotations added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) changed</source>
        <translation>
            <numerusform>%n annotation changed</numerusform>
            <numerusform>%n annotations changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) removed</source>
        <translation>
            <numerusform>%n annotation removed</numerusform>
            <numerusform>%n annotations removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) added</source>
        <translation>
            <numerusform>%n review added</numerusform>
            <numerusform>%n reviews added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) changed</source>
        <translation>
            <numerusform>%n review changed</numerusform>
            <numerusform>%n reviews changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) removed</source>
        <translation>
            <numerusform>%n review removed</numerusform>
            <numerusform>%n reviews removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::ReviewColumn</name>
    <message numerus="yes">
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orphan</numerusform>
            <numerusform>%n orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n time(s) in this review</source>
        <translation>
            <numerusform>Found %n time in this review</numerusform>
            <numerusform>Found %n times in this review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::StatusSummary</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s): %1 praise, %2 criticism</source>
        <translation>
            <numerusform>%n annotation: %1 praise, %2 criticism</numerusform>
            <numerusform>%n annotations: %1 praise, %2 criticism</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::SuggestionActions</name>
    <message numerus="yes">
        <source>%n suggestion(s) accepted as annotations. Undo (Ctrl+Z) takes them back.</source>
        <translation>
            <numerusform>%n suggestion accepted as an annotation. Undo (Ctrl+Z) takes it back.</numerusform>
            <numerusform>%n suggestions accepted as annotations. Undo (Ctrl+Z) takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) · F8 next · Ctrl+Return accept · Delete reject</source>
        <extracomment>Status bar, while suggestions are shown</extracomment>
        <translation>
            <numerusform>%n suggestion · F8 next · Ctrl+Return accept · Delete reject</numerusform>
            <numerusform>%n suggestions · F8 next · Ctrl+Return accept · Delete reject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+F8 %n more</source>
        <extracomment>Status bar: suggestions found but not shown yet</extracomment>
        <translation>
            <numerusform>Ctrl+F8 %n more</numerusform>
            <numerusform>Ctrl+F8 %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::SuggestionSet</name>
    <message numerus="yes">
        <source>Accept %n Suggestion(s)</source>
        <translation>
            <numerusform>Accept %n Suggestion</numerusform>
            <numerusform>Accept %n Suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Revmark::TagsDialog</name>
    <message numerus="yes">
        <source>%n annotation(s) will lose the tag “%1”.</source>
        <translation>
            <numerusform>%n annotation will lose the tag “%1”.</numerusform>
            <numerusform>%n annotations will lose the tag “%1”.</numerusform>
        </translation>
    </message>
</context>
</TS>
