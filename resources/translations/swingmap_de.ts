<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AreaClass</name>
    <message>
        <source>battle-zone</source>
        <translation>umkämpft</translation>
    </message>
    <message>
        <source>under-performing</source>
        <translation>unter Erwartung</translation>
    </message>
    <message>
        <source>stronghold</source>
        <translation>Hochburg</translation>
    </message>
    <message>
        <source>gained ground</source>
        <translation>Boden gewonnen</translation>
    </message>
    <message>
        <source>lost ground</source>
        <translation>Boden verloren</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>keine Klasse</translation>
    </message>
</context>
<context>
    <name>AreaTooltip</name>
    <message>
        <source>%1 figures from other areas</source>
        <translation>%1: Zahlen aus anderen Gebieten</translation>
    </message>
    <message>
        <source>Figures estimated from other areas (hatched)</source>
        <translation>Zahlen aus anderen Gebieten geschätzt (schraffiert)</translation>
    </message>
    <message>
        <source>Figures partly from other areas</source>
        <translation>Zahlen teils aus anderen Gebieten</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>%1 share %2</source>
        <translation>%1-Anteil %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Expected from demographics</source>
        <translation>Erwartet nach Bevölkerung</translation>
    </message>
    <message>
        <source>Over/under-performance</source>
        <translation>Besser/schlechter als erwartet</translation>
    </message>
    <message>
        <source>Turnout change</source>
        <translation>Veränderung der Wahlbeteiligung</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stimmenpotenzial</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Local cluster (LISA)</source>
        <translation>Lokaler Cluster (LISA)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Change within sampling noise: too small a base to tell&lt;/i&gt;</source>
        <translation>&lt;i&gt;Veränderung im Zufallsrauschen: zu kleine Basis für eine Aussage&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Where support moved between two elections, why, and which streets to canvass: on your own computer, from aggregate data only.</source>
        <translation>Wo sich die Unterstützung zwischen zwei Wahlen verschoben hat, warum, und in welchen Straßen sich der Haustürwahlkampf lohnt: auf dem eigenen Rechner, nur mit zusammengefassten Daten.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Datenquellen und Lizenzen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Street maps © OpenStreetMap contributors, ODbL, where a project uses them. Colour schemes from ColorBrewer by Cynthia Brewer (Apache 2.0).</source>
        <translation>Straßenkarten © OpenStreetMap-Mitwirkende, ODbL, wo ein Projekt sie nutzt. Farbschemata von ColorBrewer, Cynthia Brewer (Apache 2.0).</translation>
    </message>
    <message>
        <source>About SwingMap</source>
        <translation>Über SwingMap</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Spatial lag model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR test %7</source>
        <comment>%1 is the Greek letter rho or lambda</comment>
        <translation>Räumliches Lag-Modell: %1 = %2 (SE %3, %4); AIC %5 gegenüber OLS %6; LR-Test %7</translation>
    </message>
    <message>
        <source>Spatial error model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR test %7</source>
        <comment>%1 is the Greek letter rho or lambda</comment>
        <translation>Räumliches Fehlermodell: %1 = %2 (SE %3, %4); AIC %5 gegenüber OLS %6; LR-Test %7</translation>
    </message>
    <message>
        <source>Spatial lag model: not fitted (%1)</source>
        <translation>Räumliches Lag-Modell: nicht berechnet (%1)</translation>
    </message>
    <message>
        <source>Spatial error model: not fitted (%1)</source>
        <translation>Räumliches Fehlermodell: nicht berechnet (%1)</translation>
    </message>
    <message>
        <source>GWR: %1 nearest areas, AICc %2, R² %3 (adjusted %4)</source>
        <translation>GWR: %1 nächstgelegene Gebiete, AICc %2, R² %3 (korrigiert %4)</translation>
    </message>
    <message>
        <source>GWR: not fitted (%1)</source>
        <translation>GWR: nicht berechnet (%1)</translation>
    </message>
    <message>
        <source>LISA: not computed (%1)</source>
        <translation>LISA: nicht berechnet (%1)</translation>
    </message>
    <message>
        <source>LISA clusters: HH %1 · LL %2 · HL %3 · LH %4 · not significant %5</source>
        <translation>LISA-Cluster: HH %1 · LL %2 · HL %3 · LH %4 · nicht signifikant %5</translation>
    </message>
    <message>
        <source>The LM tests find no spatial dependence left: OLS is adequate.</source>
        <translation>Die LM-Tests finden keine räumliche Abhängigkeit mehr: OLS reicht aus.</translation>
    </message>
    <message>
        <source>The LM tests point to a spatial error model.</source>
        <translation>Die LM-Tests sprechen für ein räumliches Fehlermodell.</translation>
    </message>
    <message>
        <source>The LM tests point to a spatial lag model.</source>
        <translation>Die LM-Tests sprechen für ein räumliches Lag-Modell.</translation>
    </message>
    <message>
        <source>The LM tests find both error and lag dependence: compare both models&apos; AIC.</source>
        <translation>Die LM-Tests finden sowohl Fehler- als auch Lag-Abhängigkeit: Vergleichen Sie das AIC beider Modelle.</translation>
    </message>
    <message>
        <source>The LM tests find dependence but cannot tell error from lag.</source>
        <translation>Die LM-Tests finden Abhängigkeit, können aber Fehler und Lag nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Residual Moran&apos;s I %1 (z %2, %3)</source>
        <translation>Moran&apos;s I der Residuen %1 (z %2, %3)</translation>
    </message>
    <message>
        <source>LM tests (statistic, p):</source>
        <translation>LM-Tests (Statistik, p):</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export briefing PDF</source>
        <translation>PDF-Kurzbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export map PNG</source>
        <translation>Karte als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export map SVG</source>
        <translation>Karte als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Folder for areas.gpkg, targets.csv and streets.csv</source>
        <translation>Ordner für areas.gpkg, targets.csv und streets.csv</translation>
    </message>
    <message>
        <source>Folder for areas.gpkg and targets.csv</source>
        <translation>Ordner für areas.gpkg und targets.csv</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Set the opacity of %1 to %2 %</source>
        <translation>Deckkraft von %1 auf %2 % setzen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Add layer %1</source>
        <translation>Ebene %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove layer %1</source>
        <translation>Ebene %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>all areas</source>
        <translation>alle Gebiete</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <source>high among high (HH)</source>
        <translation>hoch unter hohen (HH)</translation>
    </message>
    <message>
        <source>low among low (LL)</source>
        <translation>niedrig unter niedrigen (LL)</translation>
    </message>
    <message>
        <source>high among low (HL)</source>
        <translation>hoch unter niedrigen (HL)</translation>
    </message>
    <message>
        <source>low among high (LH)</source>
        <translation>niedrig unter hohen (LH)</translation>
    </message>
    <message>
        <source>too small a base to tell</source>
        <translation>zu kleine Basis für eine Aussage</translation>
    </message>
    <message>
        <source>figures estimated from other areas</source>
        <translation>Zahlen aus anderen Gebieten geschätzt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>too few households to show</source>
        <translation>zu wenige Haushalte zum Anzeigen</translation>
    </message>
    <message>
        <source>streets: %1</source>
        <translation>Straßen: %1</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Change colours</source>
        <translation>Farben ändern</translation>
    </message>
    <message>
        <source>Change classes</source>
        <translation>Klassen ändern</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>%1 ausschalten</translation>
    </message>
</context>
<context>
    <name>MapTitle</name>
    <message>
        <source>Change in share, points</source>
        <translation>Veränderung des Anteils, Punkte</translation>
    </message>
    <message>
        <source>Change in %1 share, points</source>
        <translation>Veränderung des %1-Anteils, Punkte</translation>
    </message>
    <message>
        <source>Local intercept (GWR)</source>
        <translation>Lokaler Achsenabschnitt (GWR)</translation>
    </message>
    <message>
        <source>Local effect of %1 (GWR)</source>
        <translation>Lokaler Effekt von %1 (GWR)</translation>
    </message>
    <message>
        <source>Change in share</source>
        <translation>Veränderung des Anteils</translation>
    </message>
    <message>
        <source>Share at %1</source>
        <translation>Anteil %1</translation>
    </message>
    <message>
        <source>%1 share %2, %</source>
        <translation>%1-Anteil %2, %</translation>
    </message>
    <message>
        <source>Turnout change</source>
        <translation>Veränderung der Wahlbeteiligung</translation>
    </message>
    <message>
        <source>Change in turnout, points</source>
        <translation>Veränderung der Wahlbeteiligung, Punkte</translation>
    </message>
    <message>
        <source>Butler swing</source>
        <translation>Butler-Swing</translation>
    </message>
    <message>
        <source>Butler swing to %1 from %2, points</source>
        <translation>Butler-Swing zu %1 von %2, Punkte</translation>
    </message>
    <message>
        <source>Two-party (Steed) swing</source>
        <translation>Zwei-Parteien-Swing (Steed)</translation>
    </message>
    <message>
        <source>Two-party swing to %1 from %2, points</source>
        <translation>Zwei-Parteien-Swing zu %1 von %2, Punkte</translation>
    </message>
    <message>
        <source>Electorate-based change</source>
        <translation>Veränderung bezogen auf Wahlberechtigte</translation>
    </message>
    <message>
        <source>Change in %1 votes per 100 electors, points</source>
        <translation>Veränderung der %1-Stimmen je 100 Wahlberechtigte, Punkte</translation>
    </message>
    <message>
        <source>Expected change (model)</source>
        <translation>Erwartete Veränderung (Modell)</translation>
    </message>
    <message>
        <source>Expected %1 from demographics, points</source>
        <translation>Erwartete %1 nach Bevölkerung, Punkte</translation>
    </message>
    <message>
        <source>Over/under-performance (residual)</source>
        <translation>Besser/schlechter als erwartet (Residuum)</translation>
    </message>
    <message>
        <source>Over- and under-performance (residual)</source>
        <translation>Besser und schlechter als erwartet (Residuum)</translation>
    </message>
    <message>
        <source>Over- and under-performance (residual), points</source>
        <translation>Besser und schlechter als erwartet (Residuum), Punkte</translation>
    </message>
    <message>
        <source>Standardised residual</source>
        <translation>Standardisiertes Residuum</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stimmenpotenzial</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>wie erwartet</translation>
    </message>
    <message>
        <source>little effect</source>
        <translation>kaum Effekt</translation>
    </message>
    <message>
        <source>little change</source>
        <translation>kaum Veränderung</translation>
    </message>
    <message>
        <source>Local R² (GWR)</source>
        <translation>Lokales R² (GWR)</translation>
    </message>
    <message>
        <source>Area class</source>
        <translation>Gebietsklasse</translation>
    </message>
    <message>
        <source>Clusters of %1 (LISA)</source>
        <translation>Cluster der %1 (LISA)</translation>
    </message>
    <message>
        <source>Clusters of change (LISA)</source>
        <translation>Cluster der Veränderung (LISA)</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>Choose party %1</source>
        <translation>Partei %1 wählen</translation>
    </message>
    <message>
        <source>Compare from %1</source>
        <translation>Vergleich ab %1</translation>
    </message>
    <message>
        <source>Compare to %1</source>
        <translation>Vergleich bis %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 einbeziehen</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>%1 weglassen</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>change in vote share</source>
        <translation>Veränderung des Stimmenanteils</translation>
    </message>
    <message>
        <source>change in turnout</source>
        <translation>Veränderung der Wahlbeteiligung</translation>
    </message>
    <message>
        <source>Butler swing</source>
        <translation>Butler-Swing</translation>
    </message>
    <message>
        <source>two-party (Steed) swing</source>
        <translation>Zwei-Parteien-Swing (Steed)</translation>
    </message>
    <message>
        <source>change in share of the electorate</source>
        <translation>Veränderung des Anteils an den Wahlberechtigten</translation>
    </message>
    <message>
        <source>change in the log-odds of the share</source>
        <translation>Veränderung der Log-Odds des Anteils</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading boundaries</source>
        <translation>Grenzen werden gelesen</translation>
    </message>
    <message>
        <source>Reading census tables</source>
        <translation>Zensustabellen werden gelesen</translation>
    </message>
    <message>
        <source>Finding neighbours and fitting the model</source>
        <translation>Nachbarn werden gesucht, das Modell wird berechnet</translation>
    </message>
    <message>
        <source>Clipping the streets to the areas</source>
        <translation>Straßen werden auf die Gebiete zugeschnitten</translation>
    </message>
    <message>
        <source>Writing the synthetic demo</source>
        <translation>Synthetische Demo wird geschrieben</translation>
    </message>
    <message>
        <source>Reading the project file</source>
        <translation>Projektdatei wird gelesen</translation>
    </message>
    <message>
        <source>Reading the recovered project</source>
        <translation>Wiederhergestelltes Projekt wird gelesen</translation>
    </message>
    <message>
        <source>Fitting the model</source>
        <translation>Modell wird berechnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reading election %1</source>
        <translation>Wahl %1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>SpatialText</name>
    <message>
        <source>It fits the data better than the plain model (AIC %1 against %2).</source>
        <translation>Es passt besser zu den Daten als das einfache Modell (AIC %1 gegenüber %2).</translation>
    </message>
    <message>
        <source>It fits the data worse than the plain model (AIC %1 against %2).</source>
        <translation>Es passt schlechter zu den Daten als das einfache Modell (AIC %1 gegenüber %2).</translation>
    </message>
    <message>
        <source>It fits the data about as well as the plain model (AIC %1 against %2).</source>
        <translation>Es passt etwa so gut zu den Daten wie das einfache Modell (AIC %1 gegenüber %2).</translation>
    </message>
    <message>
        <source>Allowing each area to follow its neighbours (spatial lag model): for every %4 in its neighbours&apos; average, an area&apos;s own figure was %1 %5 %6, beyond what its census figures explain (ρ %2, %3). </source>
        <comment>%4 is &apos;point of change&apos; or &apos;unit&apos;, %5 &apos;points&apos; or &apos;units&apos;, %6 &apos;higher&apos; or &apos;lower&apos;</comment>
        <translation>Wenn jedes Gebiet seinen Nachbarn folgen darf (räumliches Lag-Modell): Je %4 im Durchschnitt seiner Nachbarn lag der eigene Wert eines Gebiets um %1 %5 %6, über das hinaus, was seine Zensuszahlen erklären (ρ %2, %3). </translation>
    </message>
    <message>
        <source>point of change</source>
        <comment>for every point of change in ...</comment>
        <translation>Punkt Veränderung</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>for every unit in ...</comment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>points</source>
        <comment>0.57 points higher</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>units</source>
        <comment>0.57 units higher</comment>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>higher</source>
        <comment>0.57 points higher</comment>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>0.57 points lower</comment>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>Areas do not noticeably follow their neighbours&apos; change once their own figures are known (spatial lag model, ρ %1, %2). </source>
        <translation>Gebiete folgen der Veränderung ihrer Nachbarn nicht merklich, sobald ihre eigenen Zahlen bekannt sind (räumliches Lag-Modell, ρ %1, %2). </translation>
    </message>
    <message>
        <source>Neighbouring areas share part of what the figures cannot explain (spatial error model, λ %1, %2). </source>
        <translation>Benachbarte Gebiete teilen einen Teil dessen, was die Zahlen nicht erklären können (räumliches Fehlermodell, λ %1, %2). </translation>
    </message>
    <message>
        <source>What the figures cannot explain is not noticeably shared between neighbours (spatial error model, λ %1, %2). </source>
        <translation>Was die Zahlen nicht erklären können, teilen Nachbargebiete nicht merklich (räumliches Fehlermodell, λ %1, %2). </translation>
    </message>
    <message>
        <source>Allowing for it, at least one clear effect changes direction: read the effects with care. </source>
        <translation>Berücksichtigt man das, kehrt sich mindestens ein deutlicher Effekt um: Lesen Sie die Effekte mit Vorsicht. </translation>
    </message>
    <message>
        <source>Allowing for it, the clear effects keep their direction and change by at most %1 %. </source>
        <translation>Berücksichtigt man das, behalten die deutlichen Effekte ihre Richtung und ändern sich um höchstens %1 %. </translation>
    </message>
    <message>
        <source>The local (GWR) model could not be fitted: %1</source>
        <translation>Das lokale Modell (GWR) konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source> per %1</source>
        <comment>income 0.10 to 0.30 per 1,000</comment>
        <translation> je %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3%4%5</source>
        <comment>covariate, lower and upper quartile of its local effect, &apos; per 1,000&apos;, &apos; (changes direction in places)&apos;</comment>
        <translation>%1 %2 bis %3%4%5</translation>
    </message>
    <message>
        <source> (changes direction in places)</source>
        <translation> (kehrt sich stellenweise um)</translation>
    </message>
    <message>
        <source>The effects differ across the map (local model on the %1 nearest areas, R² %2 against %3 for the plain model). In the middle half of the areas: %4.</source>
        <translation>Die Effekte unterscheiden sich über die Karte hinweg (lokales Modell auf den %1 nächstgelegenen Gebieten, R² %2 gegenüber %3 beim einfachen Modell). In der mittleren Hälfte der Gebiete: %4.</translation>
    </message>
    <message>
        <source>Clusters (LISA) could not be computed: %1</source>
        <translation>Cluster (LISA) konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No area belongs to a significant cluster of high or low %1 (local Moran&apos;s I, after the false-discovery cut).</source>
        <translation>Kein Gebiet gehört zu einem signifikanten Cluster hoher oder niedriger Werte (%1; lokales Moran&apos;s I, nach der Korrektur für Falschentdeckungen).</translation>
    </message>
    <message>
        <source>1 area differs sharply from its neighbours</source>
        <translation>1 Gebiet unterscheidet sich deutlich von seinen Nachbarn</translation>
    </message>
    <message>
        <source>%1 areas differ sharply from their neighbours</source>
        <translation>%1 Gebiete unterscheiden sich deutlich von ihren Nachbarn</translation>
    </message>
    <message>
        <source>%1 area sits in clusters of high %2 and %3 in clusters of low %2; %4 (local Moran&apos;s I, 999 permutations, after the false-discovery cut).</source>
        <comment>%2 is what is mapped, %4 says how many areas differ from their neighbours</comment>
        <translation>%1 Gebiet liegt in Clustern hoher Werte (%2) und %3 in Clustern niedriger Werte (%2); %4 (lokales Moran&apos;s I, 999 Permutationen, nach der Korrektur für Falschentdeckungen).</translation>
    </message>
    <message>
        <source>%1 areas sit in clusters of high %2 and %3 in clusters of low %2; %4 (local Moran&apos;s I, 999 permutations, after the false-discovery cut).</source>
        <comment>%2 is what is mapped, %4 says how many areas differ from their neighbours</comment>
        <translation>%1 Gebiete liegen in Clustern hoher Werte (%2) und %3 in Clustern niedriger Werte (%2); %4 (lokales Moran&apos;s I, 999 Permutationen, nach der Korrektur für Falschentdeckungen).</translation>
    </message>
    <message>
        <source>The tests for spatial patterns find nothing the plain model misses (LM tests at 5 %).</source>
        <translation>Die Tests auf räumliche Muster finden nichts, was das einfache Modell übersieht (LM-Tests bei 5 %).</translation>
    </message>
    <message>
        <source>The tests point to shared local influences that the figures miss (a spatial error pattern, LM test %1): the effects stand, but are less certain than the plain model says.</source>
        <translation>Die Tests deuten auf gemeinsame örtliche Einflüsse hin, die die Zahlen nicht erfassen (ein räumliches Fehlermuster, LM-Test %1): Die Effekte bleiben bestehen, sind aber unsicherer, als das einfache Modell angibt.</translation>
    </message>
    <message>
        <source>The tests point to areas following their neighbours (a spatial lag pattern, LM test %1): the plain model&apos;s effects mix an area&apos;s own figures with its neighbours&apos; pull.</source>
        <translation>Die Tests deuten darauf hin, dass Gebiete ihren Nachbarn folgen (ein räumliches Lag-Muster, LM-Test %1): Die Effekte des einfachen Modells vermischen die eigenen Zahlen eines Gebiets mit dem Sog seiner Nachbarn.</translation>
    </message>
    <message>
        <source>The tests find a spatial pattern but cannot tell whether neighbours share hidden influences or follow each other: compare both spatial models below.</source>
        <translation>Die Tests finden ein räumliches Muster, können aber nicht unterscheiden, ob Nachbarn verborgene Einflüsse teilen oder einander folgen: Vergleichen Sie unten beide räumlichen Modelle.</translation>
    </message>
    <message>
        <source>The spatial lag model could not be fitted: %1</source>
        <translation>Das räumliche Lag-Modell konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The spatial error model could not be fitted: %1</source>
        <translation>Das räumliche Fehlermodell konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Yellow–green–blue</source>
        <translation>Gelb–Grün–Blau</translation>
    </message>
    <message>
        <source>Yellow–orange–red</source>
        <translation>Gelb–Orange–Rot</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Grüntöne</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Violetttöne</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Grautöne</translation>
    </message>
    <message>
        <source>Red–blue</source>
        <translation>Rot–Blau</translation>
    </message>
    <message>
        <source>Orange–purple</source>
        <translation>Orange–Violett</translation>
    </message>
    <message>
        <source>Brown–teal</source>
        <translation>Braun–Petrol</translation>
    </message>
    <message>
        <source>Pink–green</source>
        <translation>Rosa–Grün</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation>Parteifarbe</translation>
    </message>
    <message>
        <source>Quantiles (equal counts)</source>
        <translation>Quantile (gleich viele Gebiete)</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gleiche Abstände</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Brüche (Jenks)</translation>
    </message>
    <message>
        <source>Round numbers</source>
        <translation>Runde Zahlen</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Standardabweichungen</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Eigene Grenzen</translation>
    </message>
</context>
<context>
    <name>swingmap::AreaTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 share %2 (%)</source>
        <translation>%1-Anteil %2 (%)</translation>
    </message>
    <message>
        <source>Change (pts)</source>
        <translation>Änderung (Pkt.)</translation>
    </message>
    <message>
        <source>Turnout change (pts)</source>
        <translation>Änderung der Wahlbeteiligung (Pkt.)</translation>
    </message>
    <message>
        <source>Butler swing (pts)</source>
        <translation>Butler-Swing (Pkt.)</translation>
    </message>
    <message>
        <source>Steed swing (pts)</source>
        <translation>Steed-Swing (Pkt.)</translation>
    </message>
    <message>
        <source>Expected (pts)</source>
        <translation>Erwartet (Pkt.)</translation>
    </message>
    <message>
        <source>Over/under-performance (pts)</source>
        <translation>Über-/Unterperformance (Pkt.)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stimmenpotenzial</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Haushalte</translation>
    </message>
</context>
<context>
    <name>swingmap::CoefChart</name>
    <message>
        <source>Coefficients with their robust 95 % intervals</source>
        <translation>Koeffizienten mit ihren robusten 95-%-Intervallen</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Noch kein Modell geschätzt</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Kein Modell: %1</translation>
    </message>
    <message>
        <source>The model has no covariates</source>
        <translation>Das Modell hat keine erklärenden Variablen</translation>
    </message>
    <message>
        <source>Change in the outcome per unit</source>
        <translation>Änderung der Zielgröße je Einheit</translation>
    </message>
    <message>
        <source>Robust 95 % intervals (HC3; t, %1 df)</source>
        <translation>Robuste 95-%-Intervalle (HC3; t, %1 FG)</translation>
    </message>
    <message>
        <source>Robust 95 % intervals (HC3; normal)</source>
        <translation>Robuste 95-%-Intervalle (HC3; Normalverteilung)</translation>
    </message>
    <message>
        <source>t quantile %1 with %2 df</source>
        <translation>t-Quantil %1 mit %2 FG</translation>
    </message>
    <message>
        <source>normal quantile %1</source>
        <translation>Normalquantil %1</translation>
    </message>
    <message>
        <source>Estimate %1, robust SE (HC3) %2</source>
        <translation>Schätzwert %1, robuster SF (HC3) %2</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2 (%3)</source>
        <translation>95-%-Intervall %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>robust p &lt; 0.001</source>
        <translation>robustes p &lt; 0,001</translation>
    </message>
    <message>
        <source>robust p = %1</source>
        <translation>robustes p = %1</translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation>könnte Zufall sein</translation>
    </message>
</context>
<context>
    <name>swingmap::DataTableDock</name>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Nach Code oder Name filtern</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Keep the areas whose figure in this column lies between min and max</source>
        <translation>Nur Gebiete, deren Wert in dieser Spalte zwischen min und max liegt</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <source>F&amp;igure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click an area on the map to see its figures.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken Sie auf ein Gebiet der Karte, um seine Zahlen zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>(any figure)</source>
        <translation>(beliebige Kennzahl)</translation>
    </message>
    <message>
        <source>%1 of %2 areas, %3 selected</source>
        <translation>%1 von %2 Gebieten, %3 ausgewählt</translation>
    </message>
</context>
<context>
    <name>swingmap::FindBar</name>
    <message>
        <source>Area name or code, or a street</source>
        <translation>Gebietsname oder -code, oder eine Straße</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (Straße)</translation>
    </message>
    <message>
        <source>Nothing called “%1”</source>
        <translation>Nichts namens „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>swingmap::HistogramChart</name>
    <message>
        <source>Distribution of the mapped figure</source>
        <translation>Verteilung der dargestellten Zahl</translation>
    </message>
    <message>
        <source>No figures to show</source>
        <translation>Keine Zahlen anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n Gebiet</numerusform>
            <numerusform>%n Gebiete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n areas</source>
        <translation>
            <numerusform>%1: %n Gebiet</numerusform>
            <numerusform>%1: %n Gebiete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n areas</source>
        <translation>
            <numerusform>%1 bis %2: %n Gebiet</numerusform>
            <numerusform>%1 bis %2: %n Gebiete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swingmap::ImportWizard</name>
    <message>
        <source>New project from files</source>
        <translation>Neues Projekt aus Dateien</translation>
    </message>
    <message>
        <source>Drop a Shapefile, GeoPackage, GeoJSON … here</source>
        <translation>Shapefile, GeoPackage, GeoJSON … hier ablegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; areas, CRS &lt;b&gt;%2&lt;/b&gt;, %3 fields:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Gebiete, KBS &lt;b&gt;%2&lt;/b&gt;, %3 Felder:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 areas match)</source>
        <translation>%1 (%2 von %3 Gebieten passen)</translation>
    </message>
    <message>
        <source>Suggested: the column whose keys overlap most with the boundaries; %1; rows: %2.</source>
        <translation>Vorschlag: die Spalte, deren Schlüssel sich am stärksten mit den Grenzen decken; %1; Zeilen: %2.</translation>
    </message>
    <message>
        <source>long (one row per area and party or figure)</source>
        <translation>lang (eine Zeile je Gebiet und Partei oder Zahl)</translation>
    </message>
    <message>
        <source>wide (one row per area)</source>
        <translation>breit (eine Zeile je Gebiet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This table does not join yet:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Tabelle lässt sich noch nicht verknüpfen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Key column &lt;b&gt;%1&lt;/b&gt; (suggested: %2 of %3 areas match; %4), name &lt;b&gt;%5&lt;/b&gt;. %6 rows; rows that look like totals are left out and listed below.</source>
        <translation>Schlüsselspalte &lt;b&gt;%1&lt;/b&gt; (Vorschlag: %2 von %3 Gebieten passen; %4), Name &lt;b&gt;%5&lt;/b&gt;. %6 Zeilen; Zeilen, die wie Summen aussehen, werden weggelassen und unten aufgeführt.</translation>
    </message>
    <message>
        <source> &lt;b&gt;Few keys are boundary areas:&lt;/b&gt; if the figures are given for other areas (neighbourhoods, older districts), say so on the next page.</source>
        <translation> &lt;b&gt;Wenige Schlüssel sind Gebiete der Grenzdatei:&lt;/b&gt; Wenn die Zahlen für andere Gebiete gelten (Stadtteile, frühere Wahlbezirke), geben Sie das auf der nächsten Seite an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boundaries:&lt;/b&gt; %1 (key %2)</source>
        <translation>&lt;b&gt;Grenzen:&lt;/b&gt; %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Election %1:&lt;/b&gt; %2, key %3 (%4)</source>
        <translation>&lt;b&gt;Wahl %1:&lt;/b&gt; %2, Schlüssel %3 (%4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Census:&lt;/b&gt; %1, key %2</source>
        <translation>&lt;b&gt;Zensus:&lt;/b&gt; %1, Schlüssel %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Covariates:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Erklärende Variablen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: cannot write the project (%2). Choose another folder.</source>
        <translation>%1: Das Projekt kann nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1: writing the project failed (%2). Check the free space.</source>
        <translation>%1: Das Schreiben des Projekts ist fehlgeschlagen (%2). Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.topojson *.fgb *.kml *.gml *.tab *.zip);;All files (*)</source>
        <translation>Vektordateien (*.shp *.gpkg *.geojson *.json *.topojson *.fgb *.kml *.gml *.tab *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>jede Zeile</translation>
    </message>
    <message>
        <source>keys padded with zeros to %1 characters</source>
        <translation>Schlüssel mit Nullen auf %1 Zeichen aufgefüllt</translation>
    </message>
    <message>
        <source>leading zeros stripped from the keys</source>
        <translation>führende Nullen aus den Schlüsseln entfernt</translation>
    </message>
    <message>
        <source>keys used as they are</source>
        <translation>Schlüssel unverändert verwendet</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Pick or drop the file with the areas&apos; shapes, then choose the field holding each area&apos;s code.</source>
        <translation>Wählen Sie die Datei mit den Gebietsumrissen oder legen Sie sie hier ab, dann das Feld mit dem Code jedes Gebiets.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Key field:</source>
        <translation>Schlüsselfeld:</translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation>Namensfeld:</translation>
    </message>
    <message>
        <source>Election results</source>
        <translation>Wahlergebnisse</translation>
    </message>
    <message>
        <source>Add one table per election (a long table with both years can be added twice, with a different figures column). Check the guessed columns and the join below.</source>
        <translation>Fügen Sie je Wahl eine Tabelle hinzu (eine lange Tabelle mit beiden Jahren kann zweimal hinzugefügt werden, mit einer anderen Zahlenspalte). Prüfen Sie die erkannten Spalten und die Verknüpfung unten.</translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation>Tabelle hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Key column:</source>
        <translation>Schlüsselspalte:</translation>
    </message>
    <message>
        <source>Name column:</source>
        <translation>Namensspalte:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message>
        <source>Party column:</source>
        <translation>Parteispalte:</translation>
    </message>
    <message>
        <source>Figures column:</source>
        <translation>Zahlenspalte:</translation>
    </message>
    <message>
        <source>Electorate:</source>
        <translation>Wahlberechtigte:</translation>
    </message>
    <message>
        <source>Voters:</source>
        <translation>Wählende:</translation>
    </message>
    <message>
        <source>Valid votes:</source>
        <translation>Gültige Stimmen:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parteien:</translation>
    </message>
    <message>
        <source>How this table joins (before any fit)</source>
        <translation>Wie diese Tabelle verknüpft wird (vor jeder Berechnung)</translation>
    </message>
    <message>
        <source>Election tables</source>
        <translation>Wahltabellen</translation>
    </message>
    <message>
        <source>Give every election its own label (e.g. its year); &quot;%1&quot; is empty or used twice.</source>
        <translation>Geben Sie jeder Wahl eine eigene Bezeichnung (z. B. ihr Jahr); „%1“ ist leer oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>Census and other area figures</source>
        <translation>Zensus und andere Gebietszahlen</translation>
    </message>
    <message>
        <source>Optional: add tables of area figures and tick the ones that may explain the swing (covariates).</source>
        <translation>Optional: Fügen Sie Tabellen mit Gebietszahlen hinzu und haken Sie die an, die die Verschiebung erklären könnten (erklärende Variablen).</translation>
    </message>
    <message>
        <source>Covariates (numeric columns):</source>
        <translation>Erklärende Variablen (Zahlenspalten):</translation>
    </message>
    <message>
        <source>Census tables</source>
        <translation>Zensustabellen</translation>
    </message>
    <message>
        <source>Analysis and project file</source>
        <translation>Analyse und Projektdatei</translation>
    </message>
    <message>
        <source>Which party, which two elections, and where to save the project. It is checked before it is written, then opened.</source>
        <translation>Welche Partei, welche zwei Wahlen und wo das Projekt gespeichert wird. Es wird geprüft, bevor es geschrieben wird, und dann geöffnet.</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partei:</translation>
    </message>
    <message>
        <source>From election:</source>
        <translation>Von Wahl:</translation>
    </message>
    <message>
        <source>To election:</source>
        <translation>Zu Wahl:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Zielgröße:</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Projektdatei:</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>SwingMap project (*.swingmap.json *.json)</source>
        <translation>SwingMap-Projekt (*.swingmap.json *.json)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
</context>
<context>
    <name>swingmap::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swingmap::JoinPanel</name>
    <message>
        <source>… %1 more not listed</source>
        <translation>… %1 weitere nicht aufgeführt</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>No project loaded.</source>
        <translation>Kein Projekt geladen.</translation>
    </message>
    <message>
        <source>%1 boundary features; every table joined cleanly.</source>
        <translation>%1 Gebiete in der Grenzdatei; jede Tabelle ist sauber verknüpft.</translation>
    </message>
    <message>
        <source>%1 boundary features; %2 join findings to check below.</source>
        <translation>%1 Gebiete in der Grenzdatei; %2 Befunde zur Verknüpfung unten prüfen.</translation>
    </message>
    <message>
        <source>Boundaries: %1 features</source>
        <translation>Grenzen: %1 Gebiete</translation>
    </message>
    <message>
        <source>Invalid polygons repaired: %1</source>
        <translation>Reparierte ungültige Polygone: %1</translation>
    </message>
    <message>
        <source>Without geometry (NULL or empty): %1</source>
        <translation>Ohne Geometrie (NULL oder leer): %1</translation>
    </message>
    <message>
        <source>Islands (touch no other area): %1</source>
        <translation>Inseln (berühren kein anderes Gebiet): %1</translation>
    </message>
    <message>
        <source>Duplicate boundary keys</source>
        <translation>Doppelte Schlüssel in der Grenzdatei</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows matched</source>
        <translation>%1: %2 von %3 Zeilen zugeordnet</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Read as %1, separator &quot;%2&quot;, decimal &quot;%3&quot;, %4 footnote lines dropped</source>
        <translation>Gelesen als %1, Trennzeichen „%2“, Dezimalzeichen „%3“, %4 Fußnotenzeilen entfernt</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Areas without a row: %1</source>
        <translation>Gebiete ohne Zeile: %1</translation>
    </message>
    <message>
        <source>Padding: %1 keys match only after padding (&quot;%2&quot; → &quot;%3&quot;); fix: add %4 to this source</source>
        <translation>Auffüllen: %1 Schlüssel passen erst nach dem Auffüllen („%2“ → „%3“); Lösung: %4 zu dieser Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Unmatched keys (no boundary feature)</source>
        <translation>Nicht zugeordnete Schlüssel (kein Gebiet in der Grenzdatei)</translation>
    </message>
    <message>
        <source>Missing keys (boundary features without a row)</source>
        <translation>Fehlende Schlüssel (Gebiete ohne Zeile)</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>Doppelte Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Total rows (left out)</source>
        <translation>Summenzeilen (weggelassen)</translation>
    </message>
    <message>
        <source>Row-check violations (%1)</source>
        <translation>Verstöße gegen Zeilenprüfungen (%1)</translation>
    </message>
    <message>
        <source>%1: boundaries &quot;%2&quot;, table &quot;%3&quot;</source>
        <translation>%1: Grenzen „%2“, Tabelle „%3“</translation>
    </message>
    <message>
        <source>Name mismatches</source>
        <translation>Abweichende Namen</translation>
    </message>
    <message>
        <source>Name mismatches in all: %1 (first %2 listed)</source>
        <translation>Abweichende Namen insgesamt: %1 (die ersten %2 aufgeführt)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
</context>
<context>
    <name>swingmap::LayersModel</name>
    <message>
        <source>Areas (the map)</source>
        <translation>Gebiete (die Karte)</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2 %</source>
        <translation>%1 – %2 %</translation>
    </message>
    <message>
        <source>%1
%2 points, %3 lines, %4 polygons (drawn only, not analysed)</source>
        <translation>%1
%2 Punkte, %3 Linien, %4 Polygone (nur gezeichnet, nicht ausgewertet)</translation>
    </message>
    <message>
        <source>The areas coloured by the figure shown</source>
        <translation>Die Gebiete, eingefärbt nach der gezeigten Kennzahl</translation>
    </message>
    <message>
        <source>The project&apos;s streets, coloured by the class of the area under them</source>
        <translation>Die Straßen des Projekts, eingefärbt nach der Klasse des Gebiets darunter</translation>
    </message>
</context>
<context>
    <name>swingmap::LayersPanel</name>
    <message>
        <source>&amp;Opacity</source>
        <translation>Dec&amp;kkraft</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add a layer drawn over the map: polling stations, a district outline … (any vector file; File › Add overlay layer…)</source>
        <translation>Eine Ebene über der Karte zeichnen: Wahllokale, eine Bezirksgrenze … (jede Vektordatei; Datei › Überlagerungsebene hinzufügen…)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected overlay (Delete)</source>
        <translation>Die gewählte Überlagerung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Draw the selected layer above the one over it (Ctrl+Up)</source>
        <translation>Die gewählte Ebene über der darüberliegenden zeichnen (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Draw the selected layer below the one under it (Ctrl+Down)</source>
        <translation>Die gewählte Ebene unter der darunterliegenden zeichnen (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>The first layer is drawn on top. Space shows or hides the selected layer; drag, or Ctrl+Up and Ctrl+Down, to change the order.</source>
        <translation>Die erste Ebene liegt oben. Leertaste zeigt oder verbirgt die gewählte Ebene; ziehen oder Strg+Pfeil hoch/runter ändert die Reihenfolge.</translation>
    </message>
    <message>
        <source>How opaque the selected layer is drawn (0 %: not at all)</source>
        <translation>Wie deckend die gewählte Ebene gezeichnet wird (0 %: gar nicht)</translation>
    </message>
    <message>
        <source>Open a project first, then add layers over its map.</source>
        <translation>Öffnen Sie zuerst ein Projekt und fügen Sie dann Ebenen über seiner Karte hinzu.</translation>
    </message>
    <message>
        <source>Add a layer over the map</source>
        <translation>Ebene über der Karte hinzufügen</translation>
    </message>
    <message>
        <source>Vector layers (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;All files (*)</source>
        <translation>Vektorebenen (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 has several layers. Which one?</source>
        <translation>%1 enthält mehrere Ebenen. Welche?</translation>
    </message>
    <message>
        <source>The layer could not be added</source>
        <translation>Die Ebene konnte nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>swingmap::MainWindow</name>
    <message>
        <source>SwingMap</source>
        <translation>SwingMap</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;New project from files…</source>
        <translation>&amp;Neues Projekt aus Dateien…</translation>
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
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Export &amp;PDF briefing…</source>
        <translation>&amp;PDF-Kurzbericht exportieren…</translation>
    </message>
    <message>
        <source>Export map as PN&amp;G…</source>
        <translation>Karte als PN&amp;G exportieren…</translation>
    </message>
    <message>
        <source>Export map as S&amp;VG…</source>
        <translation>Karte als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Busy: wait for the current job or cancel it.</source>
        <translation>Beschäftigt: Warten Sie auf die laufende Aufgabe oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Open a SwingMap project</source>
        <translation>SwingMap-Projekt öffnen</translation>
    </message>
    <message>
        <source>SwingMap project (*.json)</source>
        <translation>SwingMap-Projekt (*.json)</translation>
    </message>
    <message>
        <source>SwingMap[*]</source>
        <translation>SwingMap[*]</translation>
    </message>
    <message>
        <source>%1[*] – SwingMap</source>
        <translation>%1[*] – SwingMap</translation>
    </message>
    <message>
        <source> (synthetic demo data)</source>
        <translation> (synthetische Demodaten)</translation>
    </message>
    <message>
        <source>%1 areas, %2 in the model</source>
        <translation>%1 Gebiete, %2 im Modell</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 is neither a SwingMap project (.json) nor a layer of streets (GeoPackage, Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).</source>
        <translation>%1 ist weder ein SwingMap-Projekt (.json) noch eine Straßenebene (GeoPackage, Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).</translation>
    </message>
    <message>
        <source>Open a project first, then drop %1 on it to add its streets.</source>
        <translation>Öffnen Sie zuerst ein Projekt und ziehen Sie dann %1 darauf, um seine Straßen hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 holds areas (polygons), not streets: drop a layer of lines, such as an OpenStreetMap extract (.osm.pbf) or a GeoPackage of streets.</source>
        <translation>%1 enthält Flächen (Polygone), keine Straßen: ziehen Sie eine Linienebene hierher, etwa einen OpenStreetMap-Auszug (.osm.pbf) oder ein GeoPackage mit Straßen.</translation>
    </message>
    <message>
        <source>Adding the streets: running the project again…</source>
        <translation>Straßen werden hinzugefügt: Projekt wird neu berechnet…</translation>
    </message>
    <message>
        <source>Saved the lists in %1</source>
        <translation>Listen in %1 gespeichert</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Datentabelle</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Data table</source>
        <translation>&amp;Datentabelle</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SwingMap</source>
        <translation>Über &amp;SwingMap</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
        <source>The pointer&apos;s position in the project&apos;s coordinate system</source>
        <translation>Position des Mauszeigers im Koordinatensystem des Projekts</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>These overlay layers could not be read and are not drawn: %1</source>
        <translation>Diese Überlagerungsebenen konnten nicht gelesen werden und werden nicht gezeichnet: %1</translation>
    </message>
    <message>
        <source>Add overla&amp;y layer…</source>
        <translation>Überlagerungs&amp;ebene hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Verknüpfung</translation>
    </message>
    <message>
        <source>St&amp;yle</source>
        <translation>D&amp;arstellung</translation>
    </message>
    <message>
        <source>Export target &amp;lists and areas…</source>
        <translation>Ziel&amp;listen und Gebiete exportieren…</translation>
    </message>
    <message>
        <source>Model c&amp;harts</source>
        <translation>M&amp;odelldiagramme</translation>
    </message>
</context>
<context>
    <name>swingmap::MapCanvas</name>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA</source>
        <translation>SYNTHETISCHE DEMODATEN</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Not listed: no figures published for it</source>
        <translation>Nicht gelistet: keine Zahlen veröffentlicht</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Length in the published areas</source>
        <translation>Länge in den veröffentlichten Gebieten</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stimmenpotenzial</translation>
    </message>
    <message>
        <source>Potential votes per km</source>
        <translation>Stimmenpotenzial je km</translation>
    </message>
    <message>
        <source>Share change</source>
        <translation>Veränderung des Anteils</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Swing-street</source>
        <translation>Wechselwählerstraße</translation>
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
        <source>Road class</source>
        <translation>Straßenklasse</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>areas (reading their figures…)</source>
        <translation>Gebiete (Zahlen werden gelesen …)</translation>
    </message>
</context>
<context>
    <name>swingmap::MapView</name>
    <message>
        <source>Hatch changes within sampling noise</source>
        <translation>Veränderungen im Zufallsrauschen schraffieren</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Zei&amp;gen</translation>
    </message>
    <message>
        <source>Which figure the map shows</source>
        <translation>Welche Zahl die Karte zeigt</translation>
    </message>
    <message>
        <source>Lighter hatch over areas whose change is within ±1.96 sampling standard errors: too small a base to tell</source>
        <translation>Hellere Schraffur über Gebieten, deren Veränderung innerhalb von ±1,96 Standardfehlern der Stichprobe liegt: zu kleine Basis für eine Aussage</translation>
    </message>
    <message>
        <source>&amp;Streets</source>
        <translation>&amp;Straßen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Draw the project&apos;s streets over the map, coloured by the class of the area under them, widest for the top-ranked</source>
        <translation>Die Straßen des Projekts über der Karte zeichnen, gefärbt nach der Klasse des Gebiets darunter, die bestplatzierten am breitesten</translation>
    </message>
    <message>
        <source>the noise hatch</source>
        <translation>die Schraffur für Rauschen</translation>
    </message>
    <message>
        <source>the streets</source>
        <translation>die Straßen</translation>
    </message>
    <message>
        <source>Area &amp;labels</source>
        <translation>&amp;Gebietsnamen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Write the areas&apos; names on the map where there is room</source>
        <translation>Die Namen der Gebiete auf die Karte schreiben, wo Platz ist</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>&amp;Nordpfeil</translation>
    </message>
    <message>
        <source>Show a north arrow in the map&apos;s top right corner</source>
        <translation>Einen Nordpfeil oben rechts auf der Karte zeigen</translation>
    </message>
    <message>
        <source>the area labels</source>
        <translation>die Gebietsnamen</translation>
    </message>
    <message>
        <source>the north arrow</source>
        <translation>den Nordpfeil</translation>
    </message>
</context>
<context>
    <name>swingmap::ModelChartsDock</name>
    <message>
        <source>Model charts</source>
        <translation>Modelldiagramme</translation>
    </message>
    <message>
        <source>&amp;Residuals</source>
        <translation>&amp;Residuen</translation>
    </message>
    <message>
        <source>C&amp;oefficients</source>
        <translation>K&amp;oeffizienten</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Noch kein Modell geschätzt</translation>
    </message>
</context>
<context>
    <name>swingmap::ModelPanel</name>
    <message>
        <source>Fit</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>From election</source>
        <translation>Von Wahl</translation>
    </message>
    <message>
        <source>To election</source>
        <translation>Zu Wahl</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzwert</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>HC3 SE</source>
        <translation>HC3-SE</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Spatial diagnostics appear here after a fit.</source>
        <translation>Räumliche Diagnosen erscheinen hier nach einer Berechnung.</translation>
    </message>
    <message>
        <source>Fit the swing model with these choices</source>
        <translation>Das Verschiebungsmodell mit dieser Auswahl berechnen</translation>
    </message>
    <message>
        <source>Explain the change with:</source>
        <translation>Die Veränderung erklären mit:</translation>
    </message>
    <message>
        <source>The figures:</source>
        <translation>Die Zahlen:</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Kein Modell: %1</translation>
    </message>
    <message>
        <source>n = %1 areas · R² %2 · adjusted R² %3</source>
        <translation>n = %1 Gebiete · R² %2 · korrigiertes R² %3</translation>
    </message>
    <message>
        <source>(intercept)</source>
        <translation>(Achsenabschnitt)</translation>
    </message>
    <message>
        <source>Neighbouring areas&apos; surprises are alike (Moran&apos;s I %1, %2): something local that these figures miss is at work.</source>
        <translation>Die Überraschungen benachbarter Gebiete ähneln sich (Moran&apos;s I %1, %2): Hier wirkt etwas Örtliches, das diese Zahlen nicht erfassen.</translation>
    </message>
    <message>
        <source>Neighbouring areas&apos; surprises are not noticeably alike (Moran&apos;s I %1, %2).</source>
        <translation>Die Überraschungen benachbarter Gebiete ähneln sich nicht merklich (Moran&apos;s I %1, %2).</translation>
    </message>
</context>
<context>
    <name>swingmap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when SwingMap starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von SwingMap wirksam.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>swingmap::ProjectSession</name>
    <message>
        <source>These settings cannot be saved: %1</source>
        <translation>Diese Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>SwingMap closed unexpectedly; recover the unsaved changes to “%1”?</source>
        <translation>SwingMap wurde unerwartet beendet. Die ungespeicherten Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Autosaved %1.</source>
        <translation>Automatisch gespeichert: %1.</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Projektdatei: %1</translation>
    </message>
    <message>
        <source>The project file itself is gone; saving recreates it.</source>
        <translation>Die Projektdatei selbst fehlt; Speichern legt sie neu an.</translation>
    </message>
    <message>
        <source>The project file has changed since.</source>
        <translation>Die Projektdatei wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Recover opens the changes, not yet saved. Discard deletes them.</source>
        <translation>„Wiederherstellen“ öffnet die Änderungen, noch ungespeichert. „Verwerfen“ löscht sie.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The autosaved project cannot be opened: %1</source>
        <translation>Das automatisch gespeicherte Projekt lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Busy: wait for the current job or cancel it.</source>
        <translation>Beschäftigt: Warten Sie auf die laufende Aufgabe oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>This project is open in another SwingMap window: autosave is off here.</source>
        <translation>Dieses Projekt ist in einem anderen SwingMap-Fenster geöffnet: Automatisches Speichern ist hier aus.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>SwingMap project (*.json)</source>
        <translation>SwingMap-Projekt (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open a project (saved as a file) before adding streets.</source>
        <translation>Öffnen Sie ein (als Datei gespeichertes) Projekt, bevor Sie Straßen hinzufügen.</translation>
    </message>
    <message>
        <source>These streets cannot be used: %1</source>
        <translation>Diese Straßen können nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>swingmap::ReconcilePage</name>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.fgb *.kml *.gml *.tab *.zip);;All files (*)</source>
        <translation>Vektordateien (*.shp *.gpkg *.geojson *.json *.fgb *.kml *.gml *.tab *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>registered voters</source>
        <translation>Wahlberechtigte</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>Wählende</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>gültige Stimmen</translation>
    </message>
    <message>
        <source>On the boundary areas themselves</source>
        <translation>Auf den Gebieten der Grenzdatei selbst</translation>
    </message>
    <message>
        <source>On other areas, from a file (e.g. an earlier election&apos;s districts)</source>
        <translation>Auf anderen Gebieten, aus einer Datei (z. B. den Wahlbezirken einer früheren Wahl)</translation>
    </message>
    <message>
        <source>On larger areas made of the boundary areas (e.g. neighbourhoods)</source>
        <translation>Auf größeren Gebieten aus den Gebieten der Grenzdatei (z. B. Stadtteile)</translation>
    </message>
    <message>
        <source>By how much of each area overlaps (people spread evenly)</source>
        <translation>Nach dem Flächenanteil jedes Gebiets (Menschen gleichmäßig verteilt)</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>Im Verhältnis zu:</translation>
    </message>
    <message>
        <source>Postal votes</source>
        <translation>Briefwahl</translation>
    </message>
    <message>
        <source>Share the postal-vote districts (they have no area of their own) out to the polling districts</source>
        <translation>Briefwahlbezirke (ohne eigene Fläche) auf die Urnenwahlbezirke verteilen</translation>
    </message>
    <message>
        <source>Figures to move</source>
        <translation>Zu übertragende Zahlen</translation>
    </message>
    <message>
        <source>When areas don&apos;t line up</source>
        <translation>Wenn die Gebiete nicht übereinstimmen</translation>
    </message>
    <message>
        <source>Say where each table&apos;s figures are counted if not on the boundary areas: districts redrawn since, postal-vote districts, figures per neighbourhood. They are moved onto the boundaries, totals kept, and the map marks the areas whose figures are estimated.</source>
        <translation>Geben Sie an, wo die Zahlen jeder Tabelle erhoben sind, wenn nicht auf den Gebieten der Grenzdatei: neu zugeschnittene Wahlbezirke, Briefwahlbezirke, Zahlen je Stadtteil. Sie werden mit gleichen Summen übertragen; die Karte markiert geschätzte Gebiete.</translation>
    </message>
    <message>
        <source>Where are these figures counted?</source>
        <translation>Wo werden diese Zahlen erhoben?</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Field with the area codes:</source>
        <translation>Feld mit den Gebietscodes:</translation>
    </message>
    <message>
        <source>Group the boundary areas by</source>
        <translation>Gebiete der Grenzdatei gruppieren nach</translation>
    </message>
    <message>
        <source>using</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Group by the first characters of the field only, e.g. the first 4 of a postcode; &quot;all&quot; = the whole value.</source>
        <translation>Nur nach den ersten Zeichen des Felds gruppieren, z. B. den ersten 4 einer Postleitzahl; „alle“ = der ganze Wert.</translation>
    </message>
    <message>
        <source>Column of this table with those areas&apos; codes:</source>
        <translation>Spalte dieser Tabelle mit den Codes dieser Gebiete:</translation>
    </message>
    <message>
        <source>How are they shared out onto the boundary areas?</source>
        <translation>Wie werden sie auf die Gebiete der Grenzdatei verteilt?</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>is</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Postal rows are those whose</source>
        <translation>Briefwahlzeilen sind die, bei denen</translation>
    </message>
    <message>
        <source>Share each out within the same</source>
        <translation>Jeweils verteilen innerhalb von</translation>
    </message>
    <message>
        <source>In proportion to</source>
        <translation>Im Verhältnis zu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Counts (moved and added up):</source>
        <translation>Anzahlen (übertragen und summiert):</translation>
    </message>
    <message>
        <source>Rates, recomputed from the moved counts:</source>
        <translation>Quoten, aus den übertragenen Anzahlen neu berechnet:</translation>
    </message>
    <message>
        <source>Areas of the table</source>
        <translation>Gebiete der Tabelle</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Add an election table first.</source>
        <translation>Fügen Sie zuerst eine Wahltabelle hinzu.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 areas found)</source>
        <translation>%1 (%2 von %3 Gebieten gefunden)</translation>
    </message>
    <message>
        <source>the %1 of election %2</source>
        <translation>die %1 der Wahl %2</translation>
    </message>
    <message>
        <source>a count in another file (addresses, residents, …)</source>
        <translation>eine Anzahl in einer anderen Datei (Adressen, Einwohner, …)</translation>
    </message>
    <message>
        <source>(none: rows without an area and without registered voters)</source>
        <translation>(keine: Zeilen ohne Gebiet und ohne Wahlberechtigte)</translation>
    </message>
    <message>
        <source>(nothing: leave the postal votes out)</source>
        <translation>(nichts: Briefwahlstimmen weglassen)</translation>
    </message>
    <message>
        <source>their voters</source>
        <translation>ihren Wählenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Zeilen.</translation>
    </message>
    <message>
        <source>no area and no registered voters</source>
        <translation>kein Gebiet und keine Wahlberechtigten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 postal-vote districts&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 Briefwahlbezirke&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>: none found. Check the column and its value.</source>
        <translation>: keine gefunden. Prüfen Sie die Spalte und ihren Wert.</translation>
    </message>
    <message>
        <source>: left out, their votes are not counted (choose the column that says where they belong to share them out).</source>
        <translation>: weggelassen, ihre Stimmen werden nicht gezählt (wählen Sie die Spalte, die angibt, wohin sie gehören, um sie zu verteilen).</translation>
    </message>
    <message>
        <source>: shared out to the polling districts of the same %1 (%2 of them), in proportion to %3.</source>
        <translation>: verteilt auf die Urnenwahlbezirke mit gleichem %1 (%2 davon), im Verhältnis zu %3.</translation>
    </message>
    <message>
        <source>%1 (postal ballots issued)</source>
        <translation>%1 (ausgegebene Wahlscheine)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;%1 of them have no polling district: their postal votes are lost.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;%1 davon haben keinen Urnenwahlbezirk: Ihre Briefwahlstimmen gehen verloren.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>polling districts</source>
        <translation>Wahlbezirken</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>areas of %1</source>
        <translation>Gebiete von %1</translation>
    </message>
    <message>
        <source>groups of the boundary areas by the first %1 characters of %2</source>
        <translation>Gruppen der Gebiete der Grenzdatei nach den ersten %1 Zeichen von %2</translation>
    </message>
    <message>
        <source>groups of the boundary areas by %1</source>
        <translation>Gruppen der Gebiete der Grenzdatei nach %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 area codes&lt;/b&gt; in the %2: %3 of them are %4 (%5 areas).</source>
        <translation>&lt;b&gt;%1 Gebietscodes&lt;/b&gt; in den %2: %3 davon sind %4 (%5 Gebiete).</translation>
    </message>
    <message>
        <source>by how much of each area overlaps</source>
        <translation>nach dem Flächenanteil jedes Gebiets</translation>
    </message>
    <message>
        <source>in proportion to %1 in %2</source>
        <translation>im Verhältnis zu %1 in %2</translation>
    </message>
    <message>
        <source>in proportion to the %1 of election %2</source>
        <translation>im Verhältnis zu den %1 der Wahl %2</translation>
    </message>
    <message>
        <source>Their figures are moved onto the %1 boundary areas %2. Totals are kept; the map hatches the areas whose figures are mostly estimated.</source>
        <translation>Ihre Zahlen werden auf die %1 Gebiete der Grenzdatei übertragen, %2. Die Summen bleiben erhalten; die Karte schraffiert die Gebiete, deren Zahlen überwiegend geschätzt sind.</translation>
    </message>
    <message>
        <source>%1 counts moved; %2 rates recomputed from them%3</source>
        <translation>%1 Anzahlen übertragen; %2 Quoten daraus neu berechnet%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 area codes&lt;/b&gt; in the %2: %3 of them are boundary areas.</source>
        <translation>&lt;b&gt;%1 Gebietscodes&lt;/b&gt; in den %2: %3 davon sind Gebiete der Grenzdatei.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;%1 are not: if the table is counted on other areas (districts redrawn since, neighbourhoods), say so above.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;%1 nicht: Wenn die Tabelle auf anderen Gebieten erhoben ist (seither neu zugeschnittene Wahlbezirke, Stadtteile), geben Sie das oben an.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Election %1 — %2</source>
        <translation>Wahl %1 – %2</translation>
    </message>
    <message>
        <source>Figures — %1</source>
        <translation>Zahlen – %1</translation>
    </message>
    <message>
        <source>%1: choose the file and the count to share the figures out by, or share them out by overlap area.</source>
        <translation>%1: Wählen Sie die Datei und die Anzahl, nach der die Zahlen verteilt werden, oder verteilen Sie sie nach Flächenanteil.</translation>
    </message>
    <message>
        <source>%1: choose the boundary field that groups the areas.</source>
        <translation>%1: Wählen Sie das Feld der Grenzdatei, das die Gebiete gruppiert.</translation>
    </message>
    <message>
        <source>%1: tick the counts to move onto the boundaries (households, residents, …).</source>
        <translation>%1: Haken Sie die Anzahlen an, die auf die Grenzen übertragen werden (Haushalte, Einwohner, …).</translation>
    </message>
    <message>
        <source>%1: the covariate &quot;%2&quot; is neither a count nor a rate recomputed from counts, so it cannot be moved to other areas. Tick it as a count, add it as a rate (numerator ÷ denominator), or untick it on the previous page.</source>
        <translation>%1: Die erklärende Variable „%2“ ist weder eine Anzahl noch eine aus Anzahlen berechnete Quote und kann daher nicht auf andere Gebiete übertragen werden. Haken Sie sie als Anzahl an, fügen Sie sie als Quote hinzu (Zähler ÷ Nenner) oder entfernen Sie den Haken auf der vorigen Seite.</translation>
    </message>
    <message>
        <source>Election %1: choose the file and the field with the area codes its results are counted on.</source>
        <translation>Wahl %1: Wählen Sie die Datei und das Feld mit den Gebietscodes, auf denen ihre Ergebnisse gezählt sind.</translation>
    </message>
</context>
<context>
    <name>swingmap::ResidualChart</name>
    <message>
        <source>Residuals against fitted values</source>
        <translation>Residuen gegen geschätzte Werte</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Kein Modell: %1</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Noch kein Modell geschätzt</translation>
    </message>
    <message>
        <source>No areas in the model</source>
        <translation>Keine Gebiete im Modell</translation>
    </message>
    <message>
        <source>Fitted value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Residual (observed − fitted)</source>
        <translation>Residuum (beobachtet − geschätzt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln areas</source>
        <translation>
            <numerusform>%Ln Gebiet</numerusform>
            <numerusform>%Ln Gebiete</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted %1, observed %2, residual %3</source>
        <translation>geschätzt %1, beobachtet %2, Residuum %3</translation>
    </message>
</context>
<context>
    <name>swingmap::StartPage</name>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>New project from files…</source>
        <translation>Neues Projekt aus Dateien…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SwingMap&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;SwingMap&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>See where your party gained or lost support between two elections, what the census says about why, and print a one-page briefing.&lt;br&gt;&lt;br&gt;New here? The demo is a made-up county with two elections: nothing in it is real.</source>
        <translation>Sehen Sie, wo Ihre Partei zwischen zwei Wahlen Zuspruch gewonnen oder verloren hat, was der Zensus über die Gründe sagt, und drucken Sie einen einseitigen Kurzbericht.&lt;br&gt;&lt;br&gt;Neu hier? Die Demo ist ein erfundener Landkreis mit zwei Wahlen: Nichts darin ist echt.</translation>
    </message>
</context>
<context>
    <name>swingmap::StreetsDialog</name>
    <message>
        <source>Add streets to the project</source>
        <translation>Straßen zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Streets from &lt;b&gt;%1&lt;/b&gt;: named lines are kept, clipped to the areas and ranked by the potential votes of the areas they run through.</source>
        <translation>Straßen aus &lt;b&gt;%1&lt;/b&gt;: benannte Linien werden übernommen, auf die Gebiete zugeschnitten und nach dem Stimmenpotenzial der durchquerten Gebiete gereiht.</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>Street &amp;name column</source>
        <translation>Spalte für den Straßen&amp;namen</translation>
    </message>
    <message>
        <source>&amp;Class column</source>
        <translation>&amp;Klassenspalte</translation>
    </message>
    <message>
        <source>&amp;Keep these classes</source>
        <translation>Diese Klassen &amp;behalten</translation>
    </message>
    <message>
        <source>Add streets</source>
        <translation>Straßen hinzufügen</translation>
    </message>
    <message>
        <source>(none: keep every street)</source>
        <translation>(keine: alle Straßen behalten)</translation>
    </message>
    <message>
        <source>Layer “%1” holds areas (polygons), not streets. Choose a line layer, or drop a file of streets (lines) such as an OpenStreetMap extract.</source>
        <translation>Die Ebene „%1“ enthält Flächen (Polygone), keine Straßen. Wählen Sie eine Linienebene oder ziehen Sie eine Straßendatei (Linien) hierher, etwa einen OpenStreetMap-Auszug.</translation>
    </message>
    <message>
        <source>Layer “%1” has no columns: streets need a name column.</source>
        <translation>Die Ebene „%1“ hat keine Spalten: Straßen brauchen eine Namensspalte.</translation>
    </message>
    <message>
        <source>Check at least one class to keep.</source>
        <translation>Wählen Sie mindestens eine Klasse aus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>swingmap::StylePanel</name>
    <message>
        <source>How the figures are split into classes</source>
        <translation>Wie die Zahlen in Klassen eingeteilt werden</translation>
    </message>
    <message>
        <source>Number of classes (automatic: 7 for levels, 9 for changes)</source>
        <translation>Anzahl der Klassen (automatisch: 7 für Anteile, 9 für Veränderungen)</translation>
    </message>
    <message>
        <source>Colours: changes keep white at zero; all palettes are colour-blind safe except the party colour</source>
        <translation>Farben: Veränderungen bleiben bei null weiß; alle Paletten außer der Parteifarbe sind für Farbenblinde geeignet</translation>
    </message>
    <message>
        <source>e.g. −5; 0; 5</source>
        <translation>z. B. −5; 0; 5</translation>
    </message>
    <message>
        <source>Your own class breaks, separated by semicolons; press Enter</source>
        <translation>Eigene Klassengrenzen, durch Semikolons getrennt; Eingabetaste drücken</translation>
    </message>
    <message>
        <source>&amp;Classes by</source>
        <translation>&amp;Klassen nach</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Anzahl</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Breaks must be numbers separated by semicolons.</source>
        <translation>Grenzen müssen Zahlen sein, durch Semikolons getrennt.</translation>
    </message>
    <message>
        <source>Classes and clusters keep their own colours.</source>
        <translation>Klassen und Cluster behalten ihre eigenen Farben.</translation>
    </message>
    <message>
        <source>This figure uses another kind of palette: shown in the default.</source>
        <translation>Diese Zahl braucht eine andere Art Palette: in der Standardpalette gezeigt.</translation>
    </message>
    <message>
        <source>Changes: white stays at zero.</source>
        <translation>Veränderungen: Weiß bleibt bei null.</translation>
    </message>
</context>
<context>
    <name>swingmap::TrustDialog</name>
    <message>
        <source>Open this project?</source>
        <translation>Dieses Projekt öffnen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reads files outside its folder or from the network:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; liest Dateien außerhalb seines Ordners oder aus dem Netzwerk:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reads files outside its folder:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; liest Dateien außerhalb seines Ordners:</translation>
    </message>
    <message>
        <source>Open it only if you know where the project comes from: it can name any file you may read. SwingMap only reads them; nothing is run, changed or sent. Your answer is remembered for this project file until the list changes.</source>
        <translation>Öffnen Sie es nur, wenn Sie wissen, woher das Projekt stammt: Es kann jede Datei nennen, die Sie lesen dürfen. SwingMap liest sie nur; nichts wird ausgeführt, geändert oder gesendet. Ihre Antwort wird für diese Projektdatei gespeichert, bis sich die Liste ändert.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
</context>
</TS>
