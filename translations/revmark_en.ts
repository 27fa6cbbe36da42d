<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
