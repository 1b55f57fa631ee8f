<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AreaClass</name>
    <message>
        <source>battle-zone</source>
        <translation>strijdgebied</translation>
    </message>
    <message>
        <source>under-performing</source>
        <translation>onder verwachting</translation>
    </message>
    <message>
        <source>stronghold</source>
        <translation>bolwerk</translation>
    </message>
    <message>
        <source>gained ground</source>
        <translation>terrein gewonnen</translation>
    </message>
    <message>
        <source>lost ground</source>
        <translation>terrein verloren</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>geen klasse</translation>
    </message>
</context>
<context>
    <name>AreaTooltip</name>
    <message>
        <source>%1 figures from other areas</source>
        <translation>%1: cijfers uit andere gebieden</translation>
    </message>
    <message>
        <source>Figures estimated from other areas (hatched)</source>
        <translation>Cijfers geschat uit andere gebieden (gearceerd)</translation>
    </message>
    <message>
        <source>Figures partly from other areas</source>
        <translation>Cijfers deels uit andere gebieden</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>%1 share %2</source>
        <translation>Aandeel %1 %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschuiving</translation>
    </message>
    <message>
        <source>Expected from demographics</source>
        <translation>Verwacht op grond van bevolking</translation>
    </message>
    <message>
        <source>Over/under-performance</source>
        <translation>Beter/slechter dan verwacht</translation>
    </message>
    <message>
        <source>Turnout change</source>
        <translation>Verandering in opkomst</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stempotentieel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Local cluster (LISA)</source>
        <translation>Lokaal cluster (LISA)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Change within sampling noise: too small a base to tell&lt;/i&gt;</source>
        <translation>&lt;i&gt;Verschuiving binnen de steekproefruis: te kleine basis om iets te zeggen&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>Where support moved between two elections, why, and which streets to canvass: on your own computer, from aggregate data only.</source>
        <translation>Waar de steun tussen twee verkiezingen verschoof, waarom, en in welke straten u aanbelt: op uw eigen computer, alleen met samengevoegde gegevens.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Vrije software onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Gegevensbronnen en licenties</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Er is geen project geopend.</translation>
    </message>
    <message>
        <source>Street maps © OpenStreetMap contributors, ODbL, where a project uses them. Colour schemes from ColorBrewer by Cynthia Brewer (Apache 2.0).</source>
        <translation>Stratenkaarten © OpenStreetMap-bijdragers, ODbL, waar een project ze gebruikt. Kleurenschema&apos;s van ColorBrewer, Cynthia Brewer (Apache 2.0).</translation>
    </message>
    <message>
        <source>About SwingMap</source>
        <translation>Over SwingMap</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Spatial lag model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR test %7</source>
        <comment>%1 is the Greek letter rho or lambda</comment>
        <translation>Ruimtelijk lagmodel: %1 = %2 (SE %3, %4); AIC %5 tegen OLS %6; LR-toets %7</translation>
    </message>
    <message>
        <source>Spatial error model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR test %7</source>
        <comment>%1 is the Greek letter rho or lambda</comment>
        <translation>Ruimtelijk foutenmodel: %1 = %2 (SE %3, %4); AIC %5 tegen OLS %6; LR-toets %7</translation>
    </message>
    <message>
        <source>Spatial lag model: not fitted (%1)</source>
        <translation>Ruimtelijk lagmodel: niet geschat (%1)</translation>
    </message>
    <message>
        <source>Spatial error model: not fitted (%1)</source>
        <translation>Ruimtelijk foutenmodel: niet geschat (%1)</translation>
    </message>
    <message>
        <source>GWR: %1 nearest areas, AICc %2, R² %3 (adjusted %4)</source>
        <translation>GWR: %1 dichtstbijzijnde gebieden, AICc %2, R² %3 (gecorrigeerd %4)</translation>
    </message>
    <message>
        <source>GWR: not fitted (%1)</source>
        <translation>GWR: niet geschat (%1)</translation>
    </message>
    <message>
        <source>LISA: not computed (%1)</source>
        <translation>LISA: niet berekend (%1)</translation>
    </message>
    <message>
        <source>LISA clusters: HH %1 · LL %2 · HL %3 · LH %4 · not significant %5</source>
        <translation>LISA-clusters: HH %1 · LL %2 · HL %3 · LH %4 · niet significant %5</translation>
    </message>
    <message>
        <source>The LM tests find no spatial dependence left: OLS is adequate.</source>
        <translation>De LM-toetsen vinden geen ruimtelijke afhankelijkheid meer: OLS volstaat.</translation>
    </message>
    <message>
        <source>The LM tests point to a spatial error model.</source>
        <translation>De LM-toetsen wijzen op een ruimtelijk foutenmodel.</translation>
    </message>
    <message>
        <source>The LM tests point to a spatial lag model.</source>
        <translation>De LM-toetsen wijzen op een ruimtelijk lagmodel.</translation>
    </message>
    <message>
        <source>The LM tests find both error and lag dependence: compare both models&apos; AIC.</source>
        <translation>De LM-toetsen vinden zowel fout- als lagafhankelijkheid: vergelijk de AIC van beide modellen.</translation>
    </message>
    <message>
        <source>The LM tests find dependence but cannot tell error from lag.</source>
        <translation>De LM-toetsen vinden afhankelijkheid, maar kunnen fout en lag niet onderscheiden.</translation>
    </message>
    <message>
        <source>Residual Moran&apos;s I %1 (z %2, %3)</source>
        <translation>Moran&apos;s I van de residuen %1 (z %2, %3)</translation>
    </message>
    <message>
        <source>LM tests (statistic, p):</source>
        <translation>LM-toetsen (statistiek, p):</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Export briefing PDF</source>
        <translation>Briefing-pdf exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export map PNG</source>
        <translation>Kaart exporteren als PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Export map SVG</source>
        <translation>Kaart exporteren als SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>Folder for areas.gpkg, targets.csv and streets.csv</source>
        <translation>Map voor areas.gpkg, targets.csv en streets.csv</translation>
    </message>
    <message>
        <source>Folder for areas.gpkg and targets.csv</source>
        <translation>Map voor areas.gpkg en targets.csv</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <source>Show %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Set the opacity of %1 to %2 %</source>
        <translation>Dekking van %1 op %2 % zetten</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Add layer %1</source>
        <translation>Laag %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove layer %1</source>
        <translation>Laag %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>all areas</source>
        <translation>alle gebieden</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>onder %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>niet significant</translation>
    </message>
    <message>
        <source>high among high (HH)</source>
        <translation>hoog tussen hoog (HH)</translation>
    </message>
    <message>
        <source>low among low (LL)</source>
        <translation>laag tussen laag (LL)</translation>
    </message>
    <message>
        <source>high among low (HL)</source>
        <translation>hoog tussen laag (HL)</translation>
    </message>
    <message>
        <source>low among high (LH)</source>
        <translation>laag tussen hoog (LH)</translation>
    </message>
    <message>
        <source>too small a base to tell</source>
        <translation>te kleine basis om iets te zeggen</translation>
    </message>
    <message>
        <source>figures estimated from other areas</source>
        <translation>cijfers geschat uit andere gebieden</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>too few households to show</source>
        <translation>te weinig huishoudens om te tonen</translation>
    </message>
    <message>
        <source>streets: %1</source>
        <translation>straten: %1</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Show %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <source>Change colours</source>
        <translation>Kleuren wijzigen</translation>
    </message>
    <message>
        <source>Change classes</source>
        <translation>Klassen wijzigen</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>%1 aanzetten</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>%1 uitzetten</translation>
    </message>
</context>
<context>
    <name>MapTitle</name>
    <message>
        <source>Change in share, points</source>
        <translation>Verschuiving in aandeel, punten</translation>
    </message>
    <message>
        <source>Change in %1 share, points</source>
        <translation>Verschuiving in aandeel %1, punten</translation>
    </message>
    <message>
        <source>Local intercept (GWR)</source>
        <translation>Lokaal intercept (GWR)</translation>
    </message>
    <message>
        <source>Local effect of %1 (GWR)</source>
        <translation>Lokaal effect van %1 (GWR)</translation>
    </message>
    <message>
        <source>Change in share</source>
        <translation>Verschuiving in aandeel</translation>
    </message>
    <message>
        <source>Share at %1</source>
        <translation>Aandeel %1</translation>
    </message>
    <message>
        <source>%1 share %2, %</source>
        <translation>Aandeel %1 %2, %</translation>
    </message>
    <message>
        <source>Turnout change</source>
        <translation>Verandering in opkomst</translation>
    </message>
    <message>
        <source>Change in turnout, points</source>
        <translation>Verandering in opkomst, punten</translation>
    </message>
    <message>
        <source>Butler swing</source>
        <translation>Butler-swing</translation>
    </message>
    <message>
        <source>Butler swing to %1 from %2, points</source>
        <translation>Butler-swing naar %1 van %2, punten</translation>
    </message>
    <message>
        <source>Two-party (Steed) swing</source>
        <translation>Tweepartijenswing (Steed)</translation>
    </message>
    <message>
        <source>Two-party swing to %1 from %2, points</source>
        <translation>Tweepartijenswing naar %1 van %2, punten</translation>
    </message>
    <message>
        <source>Electorate-based change</source>
        <translation>Verschuiving t.o.v. kiesgerechtigden</translation>
    </message>
    <message>
        <source>Change in %1 votes per 100 electors, points</source>
        <translation>Verschuiving in stemmen %1 per 100 kiesgerechtigden, punten</translation>
    </message>
    <message>
        <source>Expected change (model)</source>
        <translation>Verwachte verschuiving (model)</translation>
    </message>
    <message>
        <source>Expected %1 from demographics, points</source>
        <translation>Verwachte %1 op grond van bevolking, punten</translation>
    </message>
    <message>
        <source>Over/under-performance (residual)</source>
        <translation>Beter/slechter dan verwacht (residu)</translation>
    </message>
    <message>
        <source>Over- and under-performance (residual)</source>
        <translation>Beter en slechter dan verwacht (residu)</translation>
    </message>
    <message>
        <source>Over- and under-performance (residual), points</source>
        <translation>Beter en slechter dan verwacht (residu), punten</translation>
    </message>
    <message>
        <source>Standardised residual</source>
        <translation>Gestandaardiseerd residu</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stempotentieel</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>zoals verwacht</translation>
    </message>
    <message>
        <source>little effect</source>
        <translation>nauwelijks effect</translation>
    </message>
    <message>
        <source>little change</source>
        <translation>nauwelijks verschuiving</translation>
    </message>
    <message>
        <source>Local R² (GWR)</source>
        <translation>Lokale R² (GWR)</translation>
    </message>
    <message>
        <source>Area class</source>
        <translation>Gebiedsklasse</translation>
    </message>
    <message>
        <source>Clusters of %1 (LISA)</source>
        <translation>Clusters van %1 (LISA)</translation>
    </message>
    <message>
        <source>Clusters of change (LISA)</source>
        <translation>Clusters van verschuiving (LISA)</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>Choose party %1</source>
        <translation>Partij %1 kiezen</translation>
    </message>
    <message>
        <source>Compare from %1</source>
        <translation>Vergelijken vanaf %1</translation>
    </message>
    <message>
        <source>Compare to %1</source>
        <translation>Vergelijken tot %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 opnemen</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>%1 weglaten</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>change in vote share</source>
        <translation>verschuiving in stemaandeel</translation>
    </message>
    <message>
        <source>change in turnout</source>
        <translation>verandering in opkomst</translation>
    </message>
    <message>
        <source>Butler swing</source>
        <translation>Butler-swing</translation>
    </message>
    <message>
        <source>two-party (Steed) swing</source>
        <translation>tweepartijenswing (Steed)</translation>
    </message>
    <message>
        <source>change in share of the electorate</source>
        <translation>verschuiving in aandeel van de kiesgerechtigden</translation>
    </message>
    <message>
        <source>change in the log-odds of the share</source>
        <translation>verschuiving in de log-odds van het aandeel</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading boundaries</source>
        <translation>Grenzen worden gelezen</translation>
    </message>
    <message>
        <source>Reading census tables</source>
        <translation>Censustabellen worden gelezen</translation>
    </message>
    <message>
        <source>Finding neighbours and fitting the model</source>
        <translation>Buren zoeken en het model schatten</translation>
    </message>
    <message>
        <source>Clipping the streets to the areas</source>
        <translation>Straten worden op de gebieden bijgesneden</translation>
    </message>
    <message>
        <source>Writing the synthetic demo</source>
        <translation>Synthetische demo wordt geschreven</translation>
    </message>
    <message>
        <source>Reading the project file</source>
        <translation>Projectbestand wordt gelezen</translation>
    </message>
    <message>
        <source>Reading the recovered project</source>
        <translation>Hersteld project wordt gelezen</translation>
    </message>
    <message>
        <source>Fitting the model</source>
        <translation>Model wordt geschat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Reading election %1</source>
        <translation>Verkiezing %1 wordt gelezen</translation>
    </message>
</context>
<context>
    <name>SpatialText</name>
    <message>
        <source>It fits the data better than the plain model (AIC %1 against %2).</source>
        <translation>Het past beter bij de gegevens dan het gewone model (AIC %1 tegen %2).</translation>
    </message>
    <message>
        <source>It fits the data worse than the plain model (AIC %1 against %2).</source>
        <translation>Het past slechter bij de gegevens dan het gewone model (AIC %1 tegen %2).</translation>
    </message>
    <message>
        <source>It fits the data about as well as the plain model (AIC %1 against %2).</source>
        <translation>Het past ongeveer even goed bij de gegevens als het gewone model (AIC %1 tegen %2).</translation>
    </message>
    <message>
        <source>Allowing each area to follow its neighbours (spatial lag model): for every %4 in its neighbours&apos; average, an area&apos;s own figure was %1 %5 %6, beyond what its census figures explain (ρ %2, %3). </source>
        <comment>%4 is &apos;point of change&apos; or &apos;unit&apos;, %5 &apos;points&apos; or &apos;units&apos;, %6 &apos;higher&apos; or &apos;lower&apos;</comment>
        <translation>Als elk gebied zijn buren mag volgen (ruimtelijk lagmodel): per %4 in het gemiddelde van zijn buren lag het eigen cijfer van een gebied %1 %5 %6, bovenop wat zijn volkstellingscijfers verklaren (ρ %2, %3). </translation>
    </message>
    <message>
        <source>point of change</source>
        <comment>for every point of change in ...</comment>
        <translation>punt verschuiving</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>for every unit in ...</comment>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>points</source>
        <comment>0.57 points higher</comment>
        <translation>punten</translation>
    </message>
    <message>
        <source>units</source>
        <comment>0.57 units higher</comment>
        <translation>eenheden</translation>
    </message>
    <message>
        <source>higher</source>
        <comment>0.57 points higher</comment>
        <translation>hoger</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>0.57 points lower</comment>
        <translation>lager</translation>
    </message>
    <message>
        <source>Areas do not noticeably follow their neighbours&apos; change once their own figures are known (spatial lag model, ρ %1, %2). </source>
        <translation>Gebieden volgen de verschuiving van hun buren niet merkbaar zodra hun eigen cijfers bekend zijn (ruimtelijk lagmodel, ρ %1, %2). </translation>
    </message>
    <message>
        <source>Neighbouring areas share part of what the figures cannot explain (spatial error model, λ %1, %2). </source>
        <translation>Naburige gebieden delen een deel van wat de cijfers niet kunnen verklaren (ruimtelijk foutenmodel, λ %1, %2). </translation>
    </message>
    <message>
        <source>What the figures cannot explain is not noticeably shared between neighbours (spatial error model, λ %1, %2). </source>
        <translation>Wat de cijfers niet kunnen verklaren, wordt niet merkbaar gedeeld door buren (ruimtelijk foutenmodel, λ %1, %2). </translation>
    </message>
    <message>
        <source>Allowing for it, at least one clear effect changes direction: read the effects with care. </source>
        <translation>Als je daarmee rekening houdt, keert minstens één duidelijk effect van richting om: lees de effecten met zorg. </translation>
    </message>
    <message>
        <source>Allowing for it, the clear effects keep their direction and change by at most %1 %. </source>
        <translation>Als je daarmee rekening houdt, behouden de duidelijke effecten hun richting en veranderen ze met hooguit %1 %. </translation>
    </message>
    <message>
        <source>The local (GWR) model could not be fitted: %1</source>
        <translation>Het lokale model (GWR) kon niet worden geschat: %1</translation>
    </message>
    <message>
        <source> per %1</source>
        <comment>income 0.10 to 0.30 per 1,000</comment>
        <translation> per %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3%4%5</source>
        <comment>covariate, lower and upper quartile of its local effect, &apos; per 1,000&apos;, &apos; (changes direction in places)&apos;</comment>
        <translation>%1 %2 tot %3%4%5</translation>
    </message>
    <message>
        <source> (changes direction in places)</source>
        <translation> (keert plaatselijk van richting om)</translation>
    </message>
    <message>
        <source>The effects differ across the map (local model on the %1 nearest areas, R² %2 against %3 for the plain model). In the middle half of the areas: %4.</source>
        <translation>De effecten verschillen over de kaart (lokaal model op de %1 dichtstbijzijnde gebieden, R² %2 tegen %3 voor het gewone model). In de middelste helft van de gebieden: %4.</translation>
    </message>
    <message>
        <source>Clusters (LISA) could not be computed: %1</source>
        <translation>Clusters (LISA) konden niet worden berekend: %1</translation>
    </message>
    <message>
        <source>No area belongs to a significant cluster of high or low %1 (local Moran&apos;s I, after the false-discovery cut).</source>
        <translation>Geen enkel gebied hoort bij een significante cluster met hoge of lage waarden (%1; lokale Moran&apos;s I, na de correctie voor vals-positieven).</translation>
    </message>
    <message>
        <source>1 area differs sharply from its neighbours</source>
        <translation>1 gebied wijkt sterk af van zijn buren</translation>
    </message>
    <message>
        <source>%1 areas differ sharply from their neighbours</source>
        <translation>%1 gebieden wijken sterk af van hun buren</translation>
    </message>
    <message>
        <source>%1 area sits in clusters of high %2 and %3 in clusters of low %2; %4 (local Moran&apos;s I, 999 permutations, after the false-discovery cut).</source>
        <comment>%2 is what is mapped, %4 says how many areas differ from their neighbours</comment>
        <translation>%1 gebied ligt in clusters met hoge waarden (%2) en %3 in clusters met lage waarden (%2); %4 (lokale Moran&apos;s I, 999 permutaties, na de correctie voor vals-positieven).</translation>
    </message>
    <message>
        <source>%1 areas sit in clusters of high %2 and %3 in clusters of low %2; %4 (local Moran&apos;s I, 999 permutations, after the false-discovery cut).</source>
        <comment>%2 is what is mapped, %4 says how many areas differ from their neighbours</comment>
        <translation>%1 gebieden liggen in clusters met hoge waarden (%2) en %3 in clusters met lage waarden (%2); %4 (lokale Moran&apos;s I, 999 permutaties, na de correctie voor vals-positieven).</translation>
    </message>
    <message>
        <source>The tests for spatial patterns find nothing the plain model misses (LM tests at 5 %).</source>
        <translation>De toetsen op ruimtelijke patronen vinden niets wat het gewone model mist (LM-toetsen bij 5 %).</translation>
    </message>
    <message>
        <source>The tests point to shared local influences that the figures miss (a spatial error pattern, LM test %1): the effects stand, but are less certain than the plain model says.</source>
        <translation>De toetsen wijzen op gedeelde lokale invloeden die de cijfers missen (een ruimtelijk foutenpatroon, LM-toets %1): de effecten blijven staan, maar zijn minder zeker dan het gewone model aangeeft.</translation>
    </message>
    <message>
        <source>The tests point to areas following their neighbours (a spatial lag pattern, LM test %1): the plain model&apos;s effects mix an area&apos;s own figures with its neighbours&apos; pull.</source>
        <translation>De toetsen wijzen erop dat gebieden hun buren volgen (een ruimtelijk lagpatroon, LM-toets %1): de effecten van het gewone model vermengen de eigen cijfers van een gebied met de aantrekkingskracht van zijn buren.</translation>
    </message>
    <message>
        <source>The tests find a spatial pattern but cannot tell whether neighbours share hidden influences or follow each other: compare both spatial models below.</source>
        <translation>De toetsen vinden een ruimtelijk patroon, maar kunnen niet zeggen of buren verborgen invloeden delen of elkaar volgen: vergelijk hieronder beide ruimtelijke modellen.</translation>
    </message>
    <message>
        <source>The spatial lag model could not be fitted: %1</source>
        <translation>Het ruimtelijke lagmodel kon niet worden geschat: %1</translation>
    </message>
    <message>
        <source>The spatial error model could not be fitted: %1</source>
        <translation>Het ruimtelijke foutenmodel kon niet worden geschat: %1</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Yellow–green–blue</source>
        <translation>Geel–groen–blauw</translation>
    </message>
    <message>
        <source>Yellow–orange–red</source>
        <translation>Geel–oranje–rood</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Groentinten</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Paarstinten</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Grijstinten</translation>
    </message>
    <message>
        <source>Red–blue</source>
        <translation>Rood–blauw</translation>
    </message>
    <message>
        <source>Orange–purple</source>
        <translation>Oranje–paars</translation>
    </message>
    <message>
        <source>Brown–teal</source>
        <translation>Bruin–blauwgroen</translation>
    </message>
    <message>
        <source>Pink–green</source>
        <translation>Roze–groen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation>Partijkleur</translation>
    </message>
    <message>
        <source>Quantiles (equal counts)</source>
        <translation>Kwantielen (even veel gebieden)</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gelijke intervallen</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natuurlijke grenzen (Jenks)</translation>
    </message>
    <message>
        <source>Round numbers</source>
        <translation>Ronde getallen</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Standaardafwijkingen</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Eigen grenzen</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>%1 share %2 (%)</source>
        <translation>%1 aandeel %2 (%)</translation>
    </message>
    <message>
        <source>Change (pts)</source>
        <translation>Verandering (ptn)</translation>
    </message>
    <message>
        <source>Turnout change (pts)</source>
        <translation>Verandering opkomst (ptn)</translation>
    </message>
    <message>
        <source>Butler swing (pts)</source>
        <translation>Butler-swing (ptn)</translation>
    </message>
    <message>
        <source>Steed swing (pts)</source>
        <translation>Steed-swing (ptn)</translation>
    </message>
    <message>
        <source>Expected (pts)</source>
        <translation>Verwacht (ptn)</translation>
    </message>
    <message>
        <source>Over/under-performance (pts)</source>
        <translation>Over-/onderprestatie (ptn)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stempotentieel</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Huishoudens</translation>
    </message>
</context>
<context>
    <name>swingmap::CoefChart</name>
    <message>
        <source>Coefficients with their robust 95 % intervals</source>
        <translation>Coëfficiënten met hun robuuste 95%-intervallen</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Nog geen model geschat</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Geen model: %1</translation>
    </message>
    <message>
        <source>The model has no covariates</source>
        <translation>Het model heeft geen verklarende variabelen</translation>
    </message>
    <message>
        <source>Change in the outcome per unit</source>
        <translation>Verandering van de uitkomst per eenheid</translation>
    </message>
    <message>
        <source>Robust 95 % intervals (HC3; t, %1 df)</source>
        <translation>Robuuste 95%-intervallen (HC3; t, %1 vg)</translation>
    </message>
    <message>
        <source>Robust 95 % intervals (HC3; normal)</source>
        <translation>Robuuste 95%-intervallen (HC3; normaal)</translation>
    </message>
    <message>
        <source>t quantile %1 with %2 df</source>
        <translation>t-kwantiel %1 met %2 vg</translation>
    </message>
    <message>
        <source>normal quantile %1</source>
        <translation>normaal kwantiel %1</translation>
    </message>
    <message>
        <source>Estimate %1, robust SE (HC3) %2</source>
        <translation>Schatting %1, robuuste SF (HC3) %2</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2 (%3)</source>
        <translation>95%-interval %1 tot %2 (%3)</translation>
    </message>
    <message>
        <source>robust p &lt; 0.001</source>
        <translation>robuuste p &lt; 0,001</translation>
    </message>
    <message>
        <source>robust p = %1</source>
        <translation>robuuste p = %1</translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation>kan toeval zijn</translation>
    </message>
</context>
<context>
    <name>swingmap::DataTableDock</name>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoomen naar selectie</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filteren op code of naam</translation>
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
        <translation>Alleen gebieden waarvan de waarde in deze kolom tussen min en max ligt</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <source>F&amp;igure:</source>
        <translation>&amp;Kengetal:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click an area on the map to see its figures.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klik op een gebied op de kaart om de cijfers te zien.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>(any figure)</source>
        <translation>(elk kengetal)</translation>
    </message>
    <message>
        <source>%1 of %2 areas, %3 selected</source>
        <translation>%1 van %2 gebieden, %3 geselecteerd</translation>
    </message>
</context>
<context>
    <name>swingmap::FindBar</name>
    <message>
        <source>Area name or code, or a street</source>
        <translation>Naam of code van een gebied, of een straat</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (straat)</translation>
    </message>
    <message>
        <source>Nothing called “%1”</source>
        <translation>Niets gevonden met de naam „%1”</translation>
    </message>
</context>
<context>
    <name>swingmap::HistogramChart</name>
    <message>
        <source>Distribution of the mapped figure</source>
        <translation>Verdeling van het getoonde cijfer</translation>
    </message>
    <message>
        <source>No figures to show</source>
        <translation>Geen cijfers om te tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n gebied</numerusform>
            <numerusform>%n gebieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n areas</source>
        <translation>
            <numerusform>%1: %n gebied</numerusform>
            <numerusform>%1: %n gebieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n areas</source>
        <translation>
            <numerusform>%1 tot %2: %n gebied</numerusform>
            <numerusform>%1 tot %2: %n gebieden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swingmap::ImportWizard</name>
    <message>
        <source>New project from files</source>
        <translation>Nieuw project uit bestanden</translation>
    </message>
    <message>
        <source>Drop a Shapefile, GeoPackage, GeoJSON … here</source>
        <translation>Sleep hier een shapefile, GeoPackage, GeoJSON … naartoe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; areas, CRS &lt;b&gt;%2&lt;/b&gt;, %3 fields:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gebieden, CRS &lt;b&gt;%2&lt;/b&gt;, %3 velden:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 areas match)</source>
        <translation>%1 (%2 van %3 gebieden komen overeen)</translation>
    </message>
    <message>
        <source>Suggested: the column whose keys overlap most with the boundaries; %1; rows: %2.</source>
        <translation>Voorstel: de kolom waarvan de sleutels het meest overeenkomen met de grenzen; %1; rijen: %2.</translation>
    </message>
    <message>
        <source>long (one row per area and party or figure)</source>
        <translation>lang (één rij per gebied en partij of cijfer)</translation>
    </message>
    <message>
        <source>wide (one row per area)</source>
        <translation>breed (één rij per gebied)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This table does not join yet:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Deze tabel is nog niet te koppelen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Key column &lt;b&gt;%1&lt;/b&gt; (suggested: %2 of %3 areas match; %4), name &lt;b&gt;%5&lt;/b&gt;. %6 rows; rows that look like totals are left out and listed below.</source>
        <translation>Sleutelkolom &lt;b&gt;%1&lt;/b&gt; (voorstel: %2 van %3 gebieden komen overeen; %4), naam &lt;b&gt;%5&lt;/b&gt;. %6 rijen; rijen die op totalen lijken, worden weggelaten en hieronder vermeld.</translation>
    </message>
    <message>
        <source> &lt;b&gt;Few keys are boundary areas:&lt;/b&gt; if the figures are given for other areas (neighbourhoods, older districts), say so on the next page.</source>
        <translation> &lt;b&gt;Weinig sleutels zijn gebieden uit de grenzen:&lt;/b&gt; als de cijfers voor andere gebieden gelden (wijken, oudere stembureaus), geef dat dan op de volgende pagina aan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boundaries:&lt;/b&gt; %1 (key %2)</source>
        <translation>&lt;b&gt;Grenzen:&lt;/b&gt; %1 (sleutel %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Election %1:&lt;/b&gt; %2, key %3 (%4)</source>
        <translation>&lt;b&gt;Verkiezing %1:&lt;/b&gt; %2, sleutel %3 (%4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Census:&lt;/b&gt; %1, key %2</source>
        <translation>&lt;b&gt;Census:&lt;/b&gt; %1, sleutel %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Covariates:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Verklarende variabelen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1: cannot write the project (%2). Choose another folder.</source>
        <translation>%1: het project kan niet worden geschreven (%2). Kies een andere map.</translation>
    </message>
    <message>
        <source>%1: writing the project failed (%2). Check the free space.</source>
        <translation>%1: het schrijven van het project is mislukt (%2). Controleer de vrije schijfruimte.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.topojson *.fgb *.kml *.gml *.tab *.zip);;All files (*)</source>
        <translation>Vectorbestanden (*.shp *.gpkg *.geojson *.json *.topojson *.fgb *.kml *.gml *.tab *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is niet</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>elke rij</translation>
    </message>
    <message>
        <source>keys padded with zeros to %1 characters</source>
        <translation>sleutels met nullen aangevuld tot %1 tekens</translation>
    </message>
    <message>
        <source>leading zeros stripped from the keys</source>
        <translation>voorloopnullen uit de sleutels verwijderd</translation>
    </message>
    <message>
        <source>keys used as they are</source>
        <translation>sleutels ongewijzigd gebruikt</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Pick or drop the file with the areas&apos; shapes, then choose the field holding each area&apos;s code.</source>
        <translation>Kies of sleep het bestand met de vormen van de gebieden en kies dan het veld met de code van elk gebied.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Laag:</translation>
    </message>
    <message>
        <source>Key field:</source>
        <translation>Sleutelveld:</translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation>Naamveld:</translation>
    </message>
    <message>
        <source>Election results</source>
        <translation>Verkiezingsuitslagen</translation>
    </message>
    <message>
        <source>Add one table per election (a long table with both years can be added twice, with a different figures column). Check the guessed columns and the join below.</source>
        <translation>Voeg per verkiezing één tabel toe (een lange tabel met beide jaren kan twee keer worden toegevoegd, met een andere cijferkolom). Controleer de herkende kolommen en de koppeling hieronder.</translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation>Tabel toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Key column:</source>
        <translation>Sleutelkolom:</translation>
    </message>
    <message>
        <source>Name column:</source>
        <translation>Naamkolom:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Opbouw:</translation>
    </message>
    <message>
        <source>Party column:</source>
        <translation>Partijkolom:</translation>
    </message>
    <message>
        <source>Figures column:</source>
        <translation>Cijferkolom:</translation>
    </message>
    <message>
        <source>Electorate:</source>
        <translation>Kiesgerechtigden:</translation>
    </message>
    <message>
        <source>Voters:</source>
        <translation>Opgekomen kiezers:</translation>
    </message>
    <message>
        <source>Valid votes:</source>
        <translation>Geldige stemmen:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Partijen:</translation>
    </message>
    <message>
        <source>How this table joins (before any fit)</source>
        <translation>Hoe deze tabel wordt gekoppeld (vóór elke schatting)</translation>
    </message>
    <message>
        <source>Election tables</source>
        <translation>Verkiezingstabellen</translation>
    </message>
    <message>
        <source>Give every election its own label (e.g. its year); &quot;%1&quot; is empty or used twice.</source>
        <translation>Geef elke verkiezing een eigen label (bijv. het jaar); ‘%1’ is leeg of dubbel gebruikt.</translation>
    </message>
    <message>
        <source>Census and other area figures</source>
        <translation>Census en andere gebiedscijfers</translation>
    </message>
    <message>
        <source>Optional: add tables of area figures and tick the ones that may explain the swing (covariates).</source>
        <translation>Optioneel: voeg tabellen met gebiedscijfers toe en vink aan welke de verschuiving kunnen verklaren (verklarende variabelen).</translation>
    </message>
    <message>
        <source>Covariates (numeric columns):</source>
        <translation>Verklarende variabelen (numerieke kolommen):</translation>
    </message>
    <message>
        <source>Census tables</source>
        <translation>Censustabellen</translation>
    </message>
    <message>
        <source>Analysis and project file</source>
        <translation>Analyse en projectbestand</translation>
    </message>
    <message>
        <source>Which party, which two elections, and where to save the project. It is checked before it is written, then opened.</source>
        <translation>Welke partij, welke twee verkiezingen en waar het project wordt opgeslagen. Het wordt gecontroleerd voordat het wordt geschreven en daarna geopend.</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partij:</translation>
    </message>
    <message>
        <source>From election:</source>
        <translation>Van verkiezing:</translation>
    </message>
    <message>
        <source>To election:</source>
        <translation>Naar verkiezing:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Uitkomst:</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Projectbestand:</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Project opslaan</translation>
    </message>
    <message>
        <source>SwingMap project (*.swingmap.json *.json)</source>
        <translation>SwingMap-project (*.swingmap.json *.json)</translation>
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
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>swingmap::JoinPanel</name>
    <message>
        <source>… %1 more not listed</source>
        <translation>… nog %1 niet vermeld</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(lege sleutel)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>No project loaded.</source>
        <translation>Geen project geladen.</translation>
    </message>
    <message>
        <source>%1 boundary features; every table joined cleanly.</source>
        <translation>%1 grensgebieden; elke tabel is zonder problemen gekoppeld.</translation>
    </message>
    <message>
        <source>%1 boundary features; %2 join findings to check below.</source>
        <translation>%1 grensgebieden; controleer hieronder %2 bevindingen over de koppeling.</translation>
    </message>
    <message>
        <source>Boundaries: %1 features</source>
        <translation>Grenzen: %1 gebieden</translation>
    </message>
    <message>
        <source>Invalid polygons repaired: %1</source>
        <translation>Ongeldige polygonen hersteld: %1</translation>
    </message>
    <message>
        <source>Without geometry (NULL or empty): %1</source>
        <translation>Zonder geometrie (NULL of leeg): %1</translation>
    </message>
    <message>
        <source>Islands (touch no other area): %1</source>
        <translation>Eilanden (raken geen ander gebied): %1</translation>
    </message>
    <message>
        <source>Duplicate boundary keys</source>
        <translation>Dubbele sleutels in de grenzen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows matched</source>
        <translation>%1: %2 van %3 rijen gekoppeld</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Read as %1, separator &quot;%2&quot;, decimal &quot;%3&quot;, %4 footnote lines dropped</source>
        <translation>Gelezen als %1, scheidingsteken ‘%2’, decimaalteken ‘%3’, %4 voetnootregels weggelaten</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Areas without a row: %1</source>
        <translation>Gebieden zonder rij: %1</translation>
    </message>
    <message>
        <source>Padding: %1 keys match only after padding (&quot;%2&quot; → &quot;%3&quot;); fix: add %4 to this source</source>
        <translation>Aanvullen: %1 sleutels komen pas na aanvullen overeen (‘%2’ → ‘%3’); oplossing: voeg %4 toe aan deze bron</translation>
    </message>
    <message>
        <source>Unmatched keys (no boundary feature)</source>
        <translation>Niet-gekoppelde sleutels (geen grensgebied)</translation>
    </message>
    <message>
        <source>Missing keys (boundary features without a row)</source>
        <translation>Ontbrekende sleutels (grensgebieden zonder rij)</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>Dubbele sleutels</translation>
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
        <translation>Totaalrijen (weggelaten)</translation>
    </message>
    <message>
        <source>Row-check violations (%1)</source>
        <translation>Overtredingen van rijcontroles (%1)</translation>
    </message>
    <message>
        <source>%1: boundaries &quot;%2&quot;, table &quot;%3&quot;</source>
        <translation>%1: grenzen ‘%2’, tabel ‘%3’</translation>
    </message>
    <message>
        <source>Name mismatches</source>
        <translation>Afwijkende namen</translation>
    </message>
    <message>
        <source>Name mismatches in all: %1 (first %2 listed)</source>
        <translation>Afwijkende namen in totaal: %1 (eerste %2 vermeld)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopiëren</translation>
    </message>
</context>
<context>
    <name>swingmap::LayersModel</name>
    <message>
        <source>Areas (the map)</source>
        <translation>Gebieden (de kaart)</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Straten</translation>
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
%2 punten, %3 lijnen, %4 polygonen (alleen getekend, niet geanalyseerd)</translation>
    </message>
    <message>
        <source>The areas coloured by the figure shown</source>
        <translation>De gebieden, gekleurd naar het getoonde cijfer</translation>
    </message>
    <message>
        <source>The project&apos;s streets, coloured by the class of the area under them</source>
        <translation>De straten van het project, gekleurd naar de klasse van het gebied eronder</translation>
    </message>
</context>
<context>
    <name>swingmap::LayersPanel</name>
    <message>
        <source>&amp;Opacity</source>
        <translation>De&amp;kking</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Add a layer drawn over the map: polling stations, a district outline … (any vector file; File › Add overlay layer…)</source>
        <translation>Een laag over de kaart tekenen: stembureaus, een districtsgrens … (elk vectorbestand; Bestand › Overlaylaag toevoegen…)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>Remove the selected overlay (Delete)</source>
        <translation>De gekozen overlay verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Draw the selected layer above the one over it (Ctrl+Up)</source>
        <translation>De gekozen laag boven de laag erboven tekenen (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Draw the selected layer below the one under it (Ctrl+Down)</source>
        <translation>De gekozen laag onder de laag eronder tekenen (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>The first layer is drawn on top. Space shows or hides the selected layer; drag, or Ctrl+Up and Ctrl+Down, to change the order.</source>
        <translation>De eerste laag ligt bovenop. Spatie toont of verbergt de gekozen laag; sleep, of Ctrl+Omhoog en Ctrl+Omlaag, om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <source>How opaque the selected layer is drawn (0 %: not at all)</source>
        <translation>Hoe dekkend de gekozen laag wordt getekend (0 %: helemaal niet)</translation>
    </message>
    <message>
        <source>Open a project first, then add layers over its map.</source>
        <translation>Open eerst een project en voeg dan lagen over de kaart toe.</translation>
    </message>
    <message>
        <source>Add a layer over the map</source>
        <translation>Laag over de kaart toevoegen</translation>
    </message>
    <message>
        <source>Vector layers (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;All files (*)</source>
        <translation>Vectorlagen (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 has several layers. Which one?</source>
        <translation>%1 bevat meerdere lagen. Welke?</translation>
    </message>
    <message>
        <source>The layer could not be added</source>
        <translation>De laag kon niet worden toegevoegd</translation>
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
        <translation>Model</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>&amp;New project from files…</source>
        <translation>&amp;Nieuw project uit bestanden…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Export &amp;PDF briefing…</source>
        <translation>&amp;PDF-briefing exporteren…</translation>
    </message>
    <message>
        <source>Export map as PN&amp;G…</source>
        <translation>Kaart als PN&amp;G exporteren…</translation>
    </message>
    <message>
        <source>Export map as S&amp;VG…</source>
        <translation>Kaart als S&amp;VG exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Busy: wait for the current job or cancel it.</source>
        <translation>Bezig: wacht op de lopende taak of annuleer die.</translation>
    </message>
    <message>
        <source>Open a SwingMap project</source>
        <translation>Een SwingMap-project openen</translation>
    </message>
    <message>
        <source>SwingMap project (*.json)</source>
        <translation>SwingMap-project (*.json)</translation>
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
        <translation> (synthetische demogegevens)</translation>
    </message>
    <message>
        <source>%1 areas, %2 in the model</source>
        <translation>%1 gebieden, %2 in het model</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>%1 is neither a SwingMap project (.json) nor a layer of streets (GeoPackage, Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).</source>
        <translation>%1 is geen SwingMap-project (.json) en geen stratenlaag (GeoPackage, Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).</translation>
    </message>
    <message>
        <source>Open a project first, then drop %1 on it to add its streets.</source>
        <translation>Open eerst een project en sleep %1 er dan op om de straten toe te voegen.</translation>
    </message>
    <message>
        <source>%1 holds areas (polygons), not streets: drop a layer of lines, such as an OpenStreetMap extract (.osm.pbf) or a GeoPackage of streets.</source>
        <translation>%1 bevat gebieden (polygonen), geen straten: sleep een lijnenlaag hierheen, zoals een OpenStreetMap-uittreksel (.osm.pbf) of een GeoPackage met straten.</translation>
    </message>
    <message>
        <source>Adding the streets: running the project again…</source>
        <translation>Straten toevoegen: het project wordt opnieuw doorgerekend…</translation>
    </message>
    <message>
        <source>Saved the lists in %1</source>
        <translation>Lijsten opgeslagen in %1</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Gegevenstabel</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Data table</source>
        <translation>&amp;Gegevenstabel</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoomen naar selectie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>Selectie &amp;wissen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stijl</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SwingMap</source>
        <translation>&amp;Over SwingMap</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>The pointer&apos;s position in the project&apos;s coordinate system</source>
        <translation>Positie van de muisaanwijzer in het coördinatenstelsel van het project</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>These overlay layers could not be read and are not drawn: %1</source>
        <translation>Deze overlaylagen konden niet worden gelezen en worden niet getekend: %1</translation>
    </message>
    <message>
        <source>Add overla&amp;y layer…</source>
        <translation>Overla&amp;ylaag toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Koppeling</translation>
    </message>
    <message>
        <source>St&amp;yle</source>
        <translation>S&amp;tijl</translation>
    </message>
    <message>
        <source>Export target &amp;lists and areas…</source>
        <translation>Doel&amp;lijsten en gebieden exporteren…</translation>
    </message>
    <message>
        <source>Model c&amp;harts</source>
        <translation>M&amp;odelgrafieken</translation>
    </message>
</context>
<context>
    <name>swingmap::MapCanvas</name>
    <message>
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA</source>
        <translation>SYNTHETISCHE DEMOGEGEVENS</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>Not listed: no figures published for it</source>
        <translation>Niet vermeld: geen cijfers gepubliceerd</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Length in the published areas</source>
        <translation>Lengte in de gepubliceerde gebieden</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Stemmenpotentieel</translation>
    </message>
    <message>
        <source>Potential votes per km</source>
        <translation>Stemmenpotentieel per km</translation>
    </message>
    <message>
        <source>Share change</source>
        <translation>Verschuiving van het aandeel</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 ptn</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Swing-street</source>
        <translation>Swingstraat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>Wegklasse</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>areas (reading their figures…)</source>
        <translation>gebieden (cijfers worden gelezen…)</translation>
    </message>
</context>
<context>
    <name>swingmap::MapView</name>
    <message>
        <source>Hatch changes within sampling noise</source>
        <translation>Verschuivingen binnen de ruis arceren</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Which figure the map shows</source>
        <translation>Welk cijfer de kaart toont</translation>
    </message>
    <message>
        <source>Lighter hatch over areas whose change is within ±1.96 sampling standard errors: too small a base to tell</source>
        <translation>Lichtere arcering over gebieden waarvan de verschuiving binnen ±1,96 standaardfouten van de steekproef ligt: te kleine basis om iets te zeggen</translation>
    </message>
    <message>
        <source>&amp;Streets</source>
        <translation>&amp;Straten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Draw the project&apos;s streets over the map, coloured by the class of the area under them, widest for the top-ranked</source>
        <translation>De straten van het project over de kaart tekenen, gekleurd naar de klasse van het gebied eronder, de hoogst gerangschikte het breedst</translation>
    </message>
    <message>
        <source>the noise hatch</source>
        <translation>de arcering voor ruis</translation>
    </message>
    <message>
        <source>the streets</source>
        <translation>de straten</translation>
    </message>
    <message>
        <source>Area &amp;labels</source>
        <translation>Gebieds&amp;namen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Write the areas&apos; names on the map where there is room</source>
        <translation>De namen van de gebieden op de kaart zetten waar er ruimte is</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>Noord&amp;pijl</translation>
    </message>
    <message>
        <source>Show a north arrow in the map&apos;s top right corner</source>
        <translation>Een noordpijl rechtsboven op de kaart tonen</translation>
    </message>
    <message>
        <source>the area labels</source>
        <translation>de gebiedsnamen</translation>
    </message>
    <message>
        <source>the north arrow</source>
        <translation>de noordpijl</translation>
    </message>
</context>
<context>
    <name>swingmap::ModelChartsDock</name>
    <message>
        <source>Model charts</source>
        <translation>Modelgrafieken</translation>
    </message>
    <message>
        <source>&amp;Residuals</source>
        <translation>&amp;Residuen</translation>
    </message>
    <message>
        <source>C&amp;oefficients</source>
        <translation>C&amp;oëfficiënten</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Nog geen model geschat</translation>
    </message>
</context>
<context>
    <name>swingmap::ModelPanel</name>
    <message>
        <source>Fit</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>From election</source>
        <translation>Van verkiezing</translation>
    </message>
    <message>
        <source>To election</source>
        <translation>Naar verkiezing</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schatting</translation>
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
        <translation>Ruimtelijke diagnostiek verschijnt hier na een schatting.</translation>
    </message>
    <message>
        <source>Fit the swing model with these choices</source>
        <translation>Het verschuivingsmodel met deze keuzes schatten</translation>
    </message>
    <message>
        <source>Explain the change with:</source>
        <translation>De verschuiving verklaren met:</translation>
    </message>
    <message>
        <source>The figures:</source>
        <translation>De cijfers:</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Geen model: %1</translation>
    </message>
    <message>
        <source>n = %1 areas · R² %2 · adjusted R² %3</source>
        <translation>n = %1 gebieden · R² %2 · gecorrigeerde R² %3</translation>
    </message>
    <message>
        <source>(intercept)</source>
        <translation>(intercept)</translation>
    </message>
    <message>
        <source>Neighbouring areas&apos; surprises are alike (Moran&apos;s I %1, %2): something local that these figures miss is at work.</source>
        <translation>De verrassingen van naburige gebieden lijken op elkaar (Moran&apos;s I %1, %2): er speelt iets lokaals dat deze cijfers missen.</translation>
    </message>
    <message>
        <source>Neighbouring areas&apos; surprises are not noticeably alike (Moran&apos;s I %1, %2).</source>
        <translation>De verrassingen van naburige gebieden lijken niet merkbaar op elkaar (Moran&apos;s I %1, %2).</translation>
    </message>
</context>
<context>
    <name>swingmap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language takes effect when SwingMap starts again.</source>
        <translation>Een nieuwe taal werkt pas na een herstart van SwingMap.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
</context>
<context>
    <name>swingmap::ProjectSession</name>
    <message>
        <source>These settings cannot be saved: %1</source>
        <translation>Deze instellingen kunnen niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <source>SwingMap closed unexpectedly; recover the unsaved changes to “%1”?</source>
        <translation>SwingMap is onverwacht afgesloten. De niet-opgeslagen wijzigingen in ‘%1’ herstellen?</translation>
    </message>
    <message>
        <source>Autosaved %1.</source>
        <translation>Automatisch opgeslagen: %1.</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Projectbestand: %1</translation>
    </message>
    <message>
        <source>The project file itself is gone; saving recreates it.</source>
        <translation>Het projectbestand zelf is verdwenen; opslaan maakt het opnieuw aan.</translation>
    </message>
    <message>
        <source>The project file has changed since.</source>
        <translation>Het projectbestand is sindsdien gewijzigd.</translation>
    </message>
    <message>
        <source>Recover opens the changes, not yet saved. Discard deletes them.</source>
        <translation>‘Herstellen’ opent de wijzigingen, nog niet opgeslagen. ‘Verwerpen’ verwijdert ze.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>The autosaved project cannot be opened: %1</source>
        <translation>Het automatisch opgeslagen project kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Busy: wait for the current job or cancel it.</source>
        <translation>Bezig: wacht op de lopende taak of annuleer die.</translation>
    </message>
    <message>
        <source>This project is open in another SwingMap window: autosave is off here.</source>
        <translation>Dit project is geopend in een ander SwingMap-venster: automatisch opslaan staat hier uit.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>SwingMap project (*.json)</source>
        <translation>SwingMap-project (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Wijzigingen in ‘%1’ opslaan voordat het wordt gesloten?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <source>Open a project (saved as a file) before adding streets.</source>
        <translation>Open een (als bestand opgeslagen) project voordat u straten toevoegt.</translation>
    </message>
    <message>
        <source>These streets cannot be used: %1</source>
        <translation>Deze straten kunnen niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>swingmap::ReconcilePage</name>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.fgb *.kml *.gml *.tab *.zip);;All files (*)</source>
        <translation>Vectorbestanden (*.shp *.gpkg *.geojson *.json *.fgb *.kml *.gml *.tab *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>registered voters</source>
        <translation>kiesgerechtigden</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>opgekomen kiezers</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>geldige stemmen</translation>
    </message>
    <message>
        <source>On the boundary areas themselves</source>
        <translation>Op de grensgebieden zelf</translation>
    </message>
    <message>
        <source>On other areas, from a file (e.g. an earlier election&apos;s districts)</source>
        <translation>Op andere gebieden, uit een bestand (bijv. de stembureaus van een eerdere verkiezing)</translation>
    </message>
    <message>
        <source>On larger areas made of the boundary areas (e.g. neighbourhoods)</source>
        <translation>Op grotere gebieden die uit de grensgebieden bestaan (bijv. wijken)</translation>
    </message>
    <message>
        <source>By how much of each area overlaps (people spread evenly)</source>
        <translation>Naar de overlap van elk gebied (mensen gelijkmatig verspreid)</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>Naar rato van:</translation>
    </message>
    <message>
        <source>Postal votes</source>
        <translation>Briefstemmen</translation>
    </message>
    <message>
        <source>Share the postal-vote districts (they have no area of their own) out to the polling districts</source>
        <translation>Briefstembureaus (zonder eigen gebied) over de stembureaus verdelen</translation>
    </message>
    <message>
        <source>Figures to move</source>
        <translation>Over te zetten cijfers</translation>
    </message>
    <message>
        <source>When areas don&apos;t line up</source>
        <translation>Als de gebieden niet overeenkomen</translation>
    </message>
    <message>
        <source>Say where each table&apos;s figures are counted if not on the boundary areas: districts redrawn since, postal-vote districts, figures per neighbourhood. They are moved onto the boundaries, totals kept, and the map marks the areas whose figures are estimated.</source>
        <translation>Geef aan waar de cijfers van elke tabel geteld zijn als dat niet op de grensgebieden is: opnieuw ingedeelde stembureaus, briefstembureaus, cijfers per wijk. Ze worden met gelijke totalen overgezet; de kaart markeert de geschatte gebieden.</translation>
    </message>
    <message>
        <source>Where are these figures counted?</source>
        <translation>Waar zijn deze cijfers geteld?</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Laag:</translation>
    </message>
    <message>
        <source>Field with the area codes:</source>
        <translation>Veld met de gebiedscodes:</translation>
    </message>
    <message>
        <source>Group the boundary areas by</source>
        <translation>Grensgebieden groeperen op</translation>
    </message>
    <message>
        <source>using</source>
        <translation>met</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>tekens</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Group by the first characters of the field only, e.g. the first 4 of a postcode; &quot;all&quot; = the whole value.</source>
        <translation>Alleen op de eerste tekens van het veld groeperen, bijv. de eerste 4 van een postcode; ‘alle’ = de hele waarde.</translation>
    </message>
    <message>
        <source>Column of this table with those areas&apos; codes:</source>
        <translation>Kolom van deze tabel met de codes van die gebieden:</translation>
    </message>
    <message>
        <source>How are they shared out onto the boundary areas?</source>
        <translation>Hoe worden ze over de grensgebieden verdeeld?</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>aantal:</translation>
    </message>
    <message>
        <source>is</source>
        <translation>gelijk aan</translation>
    </message>
    <message>
        <source>Postal rows are those whose</source>
        <translation>Briefstemrijen zijn rijen waarvan</translation>
    </message>
    <message>
        <source>Share each out within the same</source>
        <translation>Elk verdelen binnen dezelfde</translation>
    </message>
    <message>
        <source>In proportion to</source>
        <translation>Naar rato van</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Counts (moved and added up):</source>
        <translation>Aantallen (overgezet en opgeteld):</translation>
    </message>
    <message>
        <source>Rates, recomputed from the moved counts:</source>
        <translation>Percentages, opnieuw berekend uit de overgezette aantallen:</translation>
    </message>
    <message>
        <source>Areas of the table</source>
        <translation>Gebieden van de tabel</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <source>Add an election table first.</source>
        <translation>Voeg eerst een verkiezingstabel toe.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 areas found)</source>
        <translation>%1 (%2 van %3 gebieden gevonden)</translation>
    </message>
    <message>
        <source>the %1 of election %2</source>
        <translation>de %1 van verkiezing %2</translation>
    </message>
    <message>
        <source>a count in another file (addresses, residents, …)</source>
        <translation>een aantal in een ander bestand (adressen, inwoners, …)</translation>
    </message>
    <message>
        <source>(none: rows without an area and without registered voters)</source>
        <translation>(geen: rijen zonder gebied en zonder kiesgerechtigden)</translation>
    </message>
    <message>
        <source>(nothing: leave the postal votes out)</source>
        <translation>(niets: briefstemmen weglaten)</translation>
    </message>
    <message>
        <source>their voters</source>
        <translation>hun opgekomen kiezers</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 rijen.</translation>
    </message>
    <message>
        <source>no area and no registered voters</source>
        <translation>geen gebied en geen kiesgerechtigden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 postal-vote districts&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 briefstembureaus&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>: none found. Check the column and its value.</source>
        <translation>: geen gevonden. Controleer de kolom en de waarde.</translation>
    </message>
    <message>
        <source>: left out, their votes are not counted (choose the column that says where they belong to share them out).</source>
        <translation>: weggelaten, hun stemmen tellen niet mee (kies de kolom die aangeeft waar ze bij horen om ze te verdelen).</translation>
    </message>
    <message>
        <source>: shared out to the polling districts of the same %1 (%2 of them), in proportion to %3.</source>
        <translation>: verdeeld over de stembureaus met dezelfde %1 (%2 daarvan), naar rato van %3.</translation>
    </message>
    <message>
        <source>%1 (postal ballots issued)</source>
        <translation>%1 (uitgereikte briefstembewijzen)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;%1 of them have no polling district: their postal votes are lost.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;%1 daarvan hebben geen stembureau: hun briefstemmen gaan verloren.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>polling districts</source>
        <translation>stembureaus</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>areas of %1</source>
        <translation>gebieden van %1</translation>
    </message>
    <message>
        <source>groups of the boundary areas by the first %1 characters of %2</source>
        <translation>groepen van grensgebieden op de eerste %1 tekens van %2</translation>
    </message>
    <message>
        <source>groups of the boundary areas by %1</source>
        <translation>groepen van grensgebieden op %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 area codes&lt;/b&gt; in the %2: %3 of them are %4 (%5 areas).</source>
        <translation>&lt;b&gt;%1 gebiedscodes&lt;/b&gt; in de %2: %3 daarvan zijn %4 (%5 gebieden).</translation>
    </message>
    <message>
        <source>by how much of each area overlaps</source>
        <translation>naar de overlap van elk gebied</translation>
    </message>
    <message>
        <source>in proportion to %1 in %2</source>
        <translation>naar rato van %1 in %2</translation>
    </message>
    <message>
        <source>in proportion to the %1 of election %2</source>
        <translation>naar rato van de %1 van verkiezing %2</translation>
    </message>
    <message>
        <source>Their figures are moved onto the %1 boundary areas %2. Totals are kept; the map hatches the areas whose figures are mostly estimated.</source>
        <translation>Hun cijfers worden overgezet naar de %1 grensgebieden, %2. De totalen blijven gelijk; de kaart arceert de gebieden waarvan de cijfers grotendeels geschat zijn.</translation>
    </message>
    <message>
        <source>%1 counts moved; %2 rates recomputed from them%3</source>
        <translation>%1 aantallen overgezet; %2 percentages daaruit opnieuw berekend%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 area codes&lt;/b&gt; in the %2: %3 of them are boundary areas.</source>
        <translation>&lt;b&gt;%1 gebiedscodes&lt;/b&gt; in de %2: %3 daarvan zijn grensgebieden.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;%1 are not: if the table is counted on other areas (districts redrawn since, neighbourhoods), say so above.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;%1 niet: als de tabel op andere gebieden is geteld (sindsdien opnieuw ingedeelde stembureaus, wijken), geef dat hierboven aan.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Election %1 — %2</source>
        <translation>Verkiezing %1 – %2</translation>
    </message>
    <message>
        <source>Figures — %1</source>
        <translation>Cijfers – %1</translation>
    </message>
    <message>
        <source>%1: choose the file and the count to share the figures out by, or share them out by overlap area.</source>
        <translation>%1: kies het bestand en het aantal waarnaar de cijfers worden verdeeld, of verdeel ze naar overlap.</translation>
    </message>
    <message>
        <source>%1: choose the boundary field that groups the areas.</source>
        <translation>%1: kies het grensveld dat de gebieden groepeert.</translation>
    </message>
    <message>
        <source>%1: tick the counts to move onto the boundaries (households, residents, …).</source>
        <translation>%1: vink de aantallen aan die naar de grenzen worden overgezet (huishoudens, inwoners, …).</translation>
    </message>
    <message>
        <source>%1: the covariate &quot;%2&quot; is neither a count nor a rate recomputed from counts, so it cannot be moved to other areas. Tick it as a count, add it as a rate (numerator ÷ denominator), or untick it on the previous page.</source>
        <translation>%1: de verklarende variabele ‘%2’ is geen aantal en geen uit aantallen berekend percentage, dus kan niet naar andere gebieden worden overgezet. Vink haar aan als aantal, voeg haar toe als percentage (teller ÷ noemer) of vink haar uit op de vorige pagina.</translation>
    </message>
    <message>
        <source>Election %1: choose the file and the field with the area codes its results are counted on.</source>
        <translation>Verkiezing %1: kies het bestand en het veld met de gebiedscodes waarop de uitslagen zijn geteld.</translation>
    </message>
</context>
<context>
    <name>swingmap::ResidualChart</name>
    <message>
        <source>Residuals against fitted values</source>
        <translation>Residuen tegen geschatte waarden</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Geen model: %1</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Nog geen model geschat</translation>
    </message>
    <message>
        <source>No areas in the model</source>
        <translation>Geen gebieden in het model</translation>
    </message>
    <message>
        <source>Fitted value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>Residual (observed − fitted)</source>
        <translation>Residu (waargenomen − geschat)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln areas</source>
        <translation>
            <numerusform>%Ln gebied</numerusform>
            <numerusform>%Ln gebieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted %1, observed %2, residual %3</source>
        <translation>geschat %1, waargenomen %2, residu %3</translation>
    </message>
</context>
<context>
    <name>swingmap::StartPage</name>
    <message>
        <source>Open the demo</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Project openen…</translation>
    </message>
    <message>
        <source>New project from files…</source>
        <translation>Nieuw project uit bestanden…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SwingMap&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;SwingMap&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>See where your party gained or lost support between two elections, what the census says about why, and print a one-page briefing.&lt;br&gt;&lt;br&gt;New here? The demo is a made-up county with two elections: nothing in it is real.</source>
        <translation>Zie waar uw partij tussen twee verkiezingen steun heeft gewonnen of verloren, wat de bevolkingscijfers zeggen over het waarom, en druk een briefing van één pagina af.&lt;br&gt;&lt;br&gt;Nieuw hier? De demo is een verzonnen regio met twee verkiezingen: niets daarin is echt.</translation>
    </message>
</context>
<context>
    <name>swingmap::StreetsDialog</name>
    <message>
        <source>Add streets to the project</source>
        <translation>Straten aan het project toevoegen</translation>
    </message>
    <message>
        <source>Streets from &lt;b&gt;%1&lt;/b&gt;: named lines are kept, clipped to the areas and ranked by the potential votes of the areas they run through.</source>
        <translation>Straten uit &lt;b&gt;%1&lt;/b&gt;: lijnen met een naam worden behouden, tot de gebieden bijgesneden en gerangschikt naar het stemmenpotentieel van de gebieden waar ze doorheen lopen.</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Laag</translation>
    </message>
    <message>
        <source>Street &amp;name column</source>
        <translation>Kolom met de straat&amp;naam</translation>
    </message>
    <message>
        <source>&amp;Class column</source>
        <translation>&amp;Klassekolom</translation>
    </message>
    <message>
        <source>&amp;Keep these classes</source>
        <translation>Deze klassen &amp;behouden</translation>
    </message>
    <message>
        <source>Add streets</source>
        <translation>Straten toevoegen</translation>
    </message>
    <message>
        <source>(none: keep every street)</source>
        <translation>(geen: alle straten behouden)</translation>
    </message>
    <message>
        <source>Layer “%1” holds areas (polygons), not streets. Choose a line layer, or drop a file of streets (lines) such as an OpenStreetMap extract.</source>
        <translation>Laag “%1” bevat gebieden (polygonen), geen straten. Kies een lijnenlaag of sleep een stratenbestand (lijnen) hierheen, zoals een OpenStreetMap-uittreksel.</translation>
    </message>
    <message>
        <source>Layer “%1” has no columns: streets need a name column.</source>
        <translation>Laag “%1” heeft geen kolommen: straten hebben een naamkolom nodig.</translation>
    </message>
    <message>
        <source>Check at least one class to keep.</source>
        <translation>Vink minstens één klasse aan.</translation>
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
        <translation>Hoe de cijfers in klassen worden verdeeld</translation>
    </message>
    <message>
        <source>Number of classes (automatic: 7 for levels, 9 for changes)</source>
        <translation>Aantal klassen (automatisch: 7 voor niveaus, 9 voor veranderingen)</translation>
    </message>
    <message>
        <source>Colours: changes keep white at zero; all palettes are colour-blind safe except the party colour</source>
        <translation>Kleuren: veranderingen blijven wit bij nul; alle paletten behalve de partijkleur zijn geschikt voor kleurenblinden</translation>
    </message>
    <message>
        <source>e.g. −5; 0; 5</source>
        <translation>bijv. −5; 0; 5</translation>
    </message>
    <message>
        <source>Your own class breaks, separated by semicolons; press Enter</source>
        <translation>Eigen klassengrenzen, gescheiden door puntkomma&apos;s; druk op Enter</translation>
    </message>
    <message>
        <source>&amp;Classes by</source>
        <translation>&amp;Klassen volgens</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Aantal</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>Kl&amp;euren</translation>
    </message>
    <message>
        <source>Breaks must be numbers separated by semicolons.</source>
        <translation>Grenzen moeten getallen zijn, gescheiden door puntkomma&apos;s.</translation>
    </message>
    <message>
        <source>Classes and clusters keep their own colours.</source>
        <translation>Klassen en clusters houden hun eigen kleuren.</translation>
    </message>
    <message>
        <source>This figure uses another kind of palette: shown in the default.</source>
        <translation>Dit cijfer gebruikt een ander soort palet: getoond in het standaardpalet.</translation>
    </message>
    <message>
        <source>Changes: white stays at zero.</source>
        <translation>Veranderingen: wit blijft bij nul.</translation>
    </message>
</context>
<context>
    <name>swingmap::TrustDialog</name>
    <message>
        <source>Open this project?</source>
        <translation>Dit project openen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reads files outside its folder or from the network:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; leest bestanden buiten de eigen map of van het netwerk:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reads files outside its folder:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; leest bestanden buiten de eigen map:</translation>
    </message>
    <message>
        <source>Open it only if you know where the project comes from: it can name any file you may read. SwingMap only reads them; nothing is run, changed or sent. Your answer is remembered for this project file until the list changes.</source>
        <translation>Open het alleen als u weet waar het project vandaan komt: het kan elk bestand noemen dat u mag lezen. SwingMap leest ze alleen; er wordt niets uitgevoerd, gewijzigd of verzonden. Uw antwoord wordt voor dit projectbestand onthouden tot de lijst verandert.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Toch openen</translation>
    </message>
</context>
</TS>
