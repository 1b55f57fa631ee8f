<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AreaClass</name>
    <message>
        <source>battle-zone</source>
        <translation>zone disputée</translation>
    </message>
    <message>
        <source>under-performing</source>
        <translation>en deçà des attentes</translation>
    </message>
    <message>
        <source>stronghold</source>
        <translation>bastion</translation>
    </message>
    <message>
        <source>gained ground</source>
        <translation>terrain gagné</translation>
    </message>
    <message>
        <source>lost ground</source>
        <translation>terrain perdu</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>sans classe</translation>
    </message>
</context>
<context>
    <name>AreaTooltip</name>
    <message>
        <source>%1 figures from other areas</source>
        <translation>%1 : chiffres d’autres zones</translation>
    </message>
    <message>
        <source>Figures estimated from other areas (hatched)</source>
        <translation>Chiffres estimés à partir d’autres zones (hachurés)</translation>
    </message>
    <message>
        <source>Figures partly from other areas</source>
        <translation>Chiffres en partie d’autres zones</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>%1 share %2</source>
        <translation>Part %1 %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Expected from demographics</source>
        <translation>Attendu selon la démographie</translation>
    </message>
    <message>
        <source>Over/under-performance</source>
        <translation>Au-dessus/en dessous des attentes</translation>
    </message>
    <message>
        <source>Turnout change</source>
        <translation>Évolution de la participation</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Potentiel de voix</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Local cluster (LISA)</source>
        <translation>Agrégat local (LISA)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Change within sampling noise: too small a base to tell&lt;/i&gt;</source>
        <translation>&lt;i&gt;Évolution dans le bruit d’échantillonnage : base trop faible pour conclure&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Where support moved between two elections, why, and which streets to canvass: on your own computer, from aggregate data only.</source>
        <translation>Où le soutien a bougé entre deux élections, pourquoi, et dans quelles rues faire du porte-à-porte : sur votre propre ordinateur, à partir de données agrégées uniquement.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Sources des données et licences</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Street maps © OpenStreetMap contributors, ODbL, where a project uses them. Colour schemes from ColorBrewer by Cynthia Brewer (Apache 2.0).</source>
        <translation>Cartes des rues © contributeurs d’OpenStreetMap, ODbL, quand un projet les utilise. Palettes de ColorBrewer, Cynthia Brewer (Apache 2.0).</translation>
    </message>
    <message>
        <source>About SwingMap</source>
        <translation>À propos de SwingMap</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Spatial lag model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR test %7</source>
        <comment>%1 is the Greek letter rho or lambda</comment>
        <translation>Modèle spatial autorégressif (lag) : %1 = %2 (ET %3, %4) ; AIC %5 contre OLS %6 ; test LR %7</translation>
    </message>
    <message>
        <source>Spatial error model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR test %7</source>
        <comment>%1 is the Greek letter rho or lambda</comment>
        <translation>Modèle à erreur spatiale : %1 = %2 (ET %3, %4) ; AIC %5 contre OLS %6 ; test LR %7</translation>
    </message>
    <message>
        <source>Spatial lag model: not fitted (%1)</source>
        <translation>Modèle spatial autorégressif (lag) : non ajusté (%1)</translation>
    </message>
    <message>
        <source>Spatial error model: not fitted (%1)</source>
        <translation>Modèle à erreur spatiale : non ajusté (%1)</translation>
    </message>
    <message>
        <source>GWR: %1 nearest areas, AICc %2, R² %3 (adjusted %4)</source>
        <translation>GWR : %1 zones les plus proches, AICc %2, R² %3 (ajusté %4)</translation>
    </message>
    <message>
        <source>GWR: not fitted (%1)</source>
        <translation>GWR : non ajusté (%1)</translation>
    </message>
    <message>
        <source>LISA: not computed (%1)</source>
        <translation>LISA : non calculé (%1)</translation>
    </message>
    <message>
        <source>LISA clusters: HH %1 · LL %2 · HL %3 · LH %4 · not significant %5</source>
        <translation>Agrégats LISA : HH %1 · LL %2 · HL %3 · LH %4 · non significatifs %5</translation>
    </message>
    <message>
        <source>The LM tests find no spatial dependence left: OLS is adequate.</source>
        <translation>Les tests LM ne trouvent plus de dépendance spatiale : le modèle OLS suffit.</translation>
    </message>
    <message>
        <source>The LM tests point to a spatial error model.</source>
        <translation>Les tests LM désignent un modèle à erreur spatiale.</translation>
    </message>
    <message>
        <source>The LM tests point to a spatial lag model.</source>
        <translation>Les tests LM désignent un modèle spatial autorégressif (lag).</translation>
    </message>
    <message>
        <source>The LM tests find both error and lag dependence: compare both models&apos; AIC.</source>
        <translation>Les tests LM trouvent une dépendance à la fois dans l&apos;erreur et de type lag : comparez l&apos;AIC des deux modèles.</translation>
    </message>
    <message>
        <source>The LM tests find dependence but cannot tell error from lag.</source>
        <translation>Les tests LM trouvent une dépendance mais ne peuvent pas distinguer erreur et lag.</translation>
    </message>
    <message>
        <source>Residual Moran&apos;s I %1 (z %2, %3)</source>
        <translation>Moran&apos;s I des résidus %1 (z %2, %3)</translation>
    </message>
    <message>
        <source>LM tests (statistic, p):</source>
        <translation>Tests LM (statistique, p) :</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Export briefing PDF</source>
        <translation>Exporter le dossier PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export map PNG</source>
        <translation>Exporter la carte en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export map SVG</source>
        <translation>Exporter la carte en SVG</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Folder for areas.gpkg, targets.csv and streets.csv</source>
        <translation>Dossier pour areas.gpkg, targets.csv et streets.csv</translation>
    </message>
    <message>
        <source>Folder for areas.gpkg and targets.csv</source>
        <translation>Dossier pour areas.gpkg et targets.csv</translation>
    </message>
</context>
<context>
    <name>LayerCommands</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <source>Set the opacity of %1 to %2 %</source>
        <translation>Régler l’opacité de %1 à %2 %</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Add layer %1</source>
        <translation>Ajouter la couche %1</translation>
    </message>
    <message>
        <source>Remove layer %1</source>
        <translation>Supprimer la couche %1</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>all areas</source>
        <translation>toutes les zones</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <source>high among high (HH)</source>
        <translation>élevé parmi élevés (HH)</translation>
    </message>
    <message>
        <source>low among low (LL)</source>
        <translation>faible parmi faibles (LL)</translation>
    </message>
    <message>
        <source>high among low (HL)</source>
        <translation>élevé parmi faibles (HL)</translation>
    </message>
    <message>
        <source>low among high (LH)</source>
        <translation>faible parmi élevés (LH)</translation>
    </message>
    <message>
        <source>too small a base to tell</source>
        <translation>base trop faible pour conclure</translation>
    </message>
    <message>
        <source>figures estimated from other areas</source>
        <translation>chiffres estimés à partir d’autres zones</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>too few households to show</source>
        <translation>trop peu de ménages pour afficher</translation>
    </message>
    <message>
        <source>streets: %1</source>
        <translation>rues : %1</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Change colours</source>
        <translation>Changer les couleurs</translation>
    </message>
    <message>
        <source>Change classes</source>
        <translation>Changer les classes</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>Désactiver %1</translation>
    </message>
</context>
<context>
    <name>MapTitle</name>
    <message>
        <source>Change in share, points</source>
        <translation>Évolution de la part, points</translation>
    </message>
    <message>
        <source>Change in %1 share, points</source>
        <translation>Évolution de la part de %1, points</translation>
    </message>
    <message>
        <source>Local intercept (GWR)</source>
        <translation>Constante locale (GWR)</translation>
    </message>
    <message>
        <source>Local effect of %1 (GWR)</source>
        <translation>Effet local de %1 (GWR)</translation>
    </message>
    <message>
        <source>Change in share</source>
        <translation>Évolution de la part</translation>
    </message>
    <message>
        <source>Share at %1</source>
        <translation>Part en %1</translation>
    </message>
    <message>
        <source>%1 share %2, %</source>
        <translation>Part de %1 %2, %</translation>
    </message>
    <message>
        <source>Turnout change</source>
        <translation>Évolution de la participation</translation>
    </message>
    <message>
        <source>Change in turnout, points</source>
        <translation>Évolution de la participation, points</translation>
    </message>
    <message>
        <source>Butler swing</source>
        <translation>Swing de Butler</translation>
    </message>
    <message>
        <source>Butler swing to %1 from %2, points</source>
        <translation>Swing de Butler vers %1 depuis %2, points</translation>
    </message>
    <message>
        <source>Two-party (Steed) swing</source>
        <translation>Swing bipartite (Steed)</translation>
    </message>
    <message>
        <source>Two-party swing to %1 from %2, points</source>
        <translation>Swing bipartite vers %1 depuis %2, points</translation>
    </message>
    <message>
        <source>Electorate-based change</source>
        <translation>Évolution rapportée aux inscrits</translation>
    </message>
    <message>
        <source>Change in %1 votes per 100 electors, points</source>
        <translation>Évolution des voix %1 pour 100 inscrits, points</translation>
    </message>
    <message>
        <source>Expected change (model)</source>
        <translation>Évolution attendue (modèle)</translation>
    </message>
    <message>
        <source>Expected %1 from demographics, points</source>
        <translation>%1 attendue selon la démographie, points</translation>
    </message>
    <message>
        <source>Over/under-performance (residual)</source>
        <translation>Au-dessus/en dessous des attentes (résidu)</translation>
    </message>
    <message>
        <source>Over- and under-performance (residual)</source>
        <translation>Au-dessus et en dessous des attentes (résidu)</translation>
    </message>
    <message>
        <source>Over- and under-performance (residual), points</source>
        <translation>Au-dessus et en dessous des attentes (résidu), points</translation>
    </message>
    <message>
        <source>Standardised residual</source>
        <translation>Résidu standardisé</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Potentiel de voix</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>comme attendu</translation>
    </message>
    <message>
        <source>little effect</source>
        <translation>effet faible</translation>
    </message>
    <message>
        <source>little change</source>
        <translation>peu d’évolution</translation>
    </message>
    <message>
        <source>Local R² (GWR)</source>
        <translation>R² local (GWR)</translation>
    </message>
    <message>
        <source>Area class</source>
        <translation>Classe de zone</translation>
    </message>
    <message>
        <source>Clusters of %1 (LISA)</source>
        <translation>Agrégats de %1 (LISA)</translation>
    </message>
    <message>
        <source>Clusters of change (LISA)</source>
        <translation>Agrégats d’évolution (LISA)</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>Choose party %1</source>
        <translation>Choisir le parti %1</translation>
    </message>
    <message>
        <source>Compare from %1</source>
        <translation>Comparer à partir de %1</translation>
    </message>
    <message>
        <source>Compare to %1</source>
        <translation>Comparer jusqu’à %1</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Inclure %1</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>Exclure %1</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>change in vote share</source>
        <translation>évolution de la part des voix</translation>
    </message>
    <message>
        <source>change in turnout</source>
        <translation>évolution de la participation</translation>
    </message>
    <message>
        <source>Butler swing</source>
        <translation>swing de Butler</translation>
    </message>
    <message>
        <source>two-party (Steed) swing</source>
        <translation>swing bipartite (Steed)</translation>
    </message>
    <message>
        <source>change in share of the electorate</source>
        <translation>évolution de la part des inscrits</translation>
    </message>
    <message>
        <source>change in the log-odds of the share</source>
        <translation>évolution du log-odds de la part</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading boundaries</source>
        <translation>Lecture des limites</translation>
    </message>
    <message>
        <source>Reading census tables</source>
        <translation>Lecture des tableaux du recensement</translation>
    </message>
    <message>
        <source>Finding neighbours and fitting the model</source>
        <translation>Recherche des voisins et ajustement du modèle</translation>
    </message>
    <message>
        <source>Clipping the streets to the areas</source>
        <translation>Découpage des rues selon les zones</translation>
    </message>
    <message>
        <source>Writing the synthetic demo</source>
        <translation>Écriture de la démo synthétique</translation>
    </message>
    <message>
        <source>Reading the project file</source>
        <translation>Lecture du fichier de projet</translation>
    </message>
    <message>
        <source>Reading the recovered project</source>
        <translation>Lecture du projet récupéré</translation>
    </message>
    <message>
        <source>Fitting the model</source>
        <translation>Ajustement du modèle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reading election %1</source>
        <translation>Lecture de l’élection %1</translation>
    </message>
</context>
<context>
    <name>SpatialText</name>
    <message>
        <source>It fits the data better than the plain model (AIC %1 against %2).</source>
        <translation>Il s&apos;ajuste mieux aux données que le modèle simple (AIC %1 contre %2).</translation>
    </message>
    <message>
        <source>It fits the data worse than the plain model (AIC %1 against %2).</source>
        <translation>Il s&apos;ajuste moins bien aux données que le modèle simple (AIC %1 contre %2).</translation>
    </message>
    <message>
        <source>It fits the data about as well as the plain model (AIC %1 against %2).</source>
        <translation>Il s&apos;ajuste à peu près aussi bien aux données que le modèle simple (AIC %1 contre %2).</translation>
    </message>
    <message>
        <source>Allowing each area to follow its neighbours (spatial lag model): for every %4 in its neighbours&apos; average, an area&apos;s own figure was %1 %5 %6, beyond what its census figures explain (ρ %2, %3). </source>
        <comment>%4 is &apos;point of change&apos; or &apos;unit&apos;, %5 &apos;points&apos; or &apos;units&apos;, %6 &apos;higher&apos; or &apos;lower&apos;</comment>
        <translation>En laissant chaque zone suivre ses voisines (modèle spatial autorégressif) : pour chaque %4 dans la moyenne de ses voisines, le chiffre propre d&apos;une zone était %6 de %1 %5, au-delà de ce qu&apos;expliquent ses chiffres de recensement (ρ %2, %3). </translation>
    </message>
    <message>
        <source>point of change</source>
        <comment>for every point of change in ...</comment>
        <translation>point d&apos;évolution</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>for every unit in ...</comment>
        <translation>unité</translation>
    </message>
    <message>
        <source>points</source>
        <comment>0.57 points higher</comment>
        <translation>points</translation>
    </message>
    <message>
        <source>units</source>
        <comment>0.57 units higher</comment>
        <translation>unités</translation>
    </message>
    <message>
        <source>higher</source>
        <comment>0.57 points higher</comment>
        <translation>plus élevé</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>0.57 points lower</comment>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>Areas do not noticeably follow their neighbours&apos; change once their own figures are known (spatial lag model, ρ %1, %2). </source>
        <translation>Les zones ne suivent pas sensiblement l&apos;évolution de leurs voisines une fois leurs propres chiffres connus (modèle spatial autorégressif, ρ %1, %2). </translation>
    </message>
    <message>
        <source>Neighbouring areas share part of what the figures cannot explain (spatial error model, λ %1, %2). </source>
        <translation>Les zones voisines partagent une partie de ce que les chiffres ne peuvent expliquer (modèle à erreur spatiale, λ %1, %2). </translation>
    </message>
    <message>
        <source>What the figures cannot explain is not noticeably shared between neighbours (spatial error model, λ %1, %2). </source>
        <translation>Ce que les chiffres ne peuvent expliquer n&apos;est pas sensiblement partagé entre voisines (modèle à erreur spatiale, λ %1, %2). </translation>
    </message>
    <message>
        <source>Allowing for it, at least one clear effect changes direction: read the effects with care. </source>
        <translation>En en tenant compte, au moins un effet net change de sens : lisez les effets avec prudence. </translation>
    </message>
    <message>
        <source>Allowing for it, the clear effects keep their direction and change by at most %1 %. </source>
        <translation>En en tenant compte, les effets nets gardent leur sens et varient d&apos;au plus %1 %. </translation>
    </message>
    <message>
        <source>The local (GWR) model could not be fitted: %1</source>
        <translation>Le modèle local (GWR) n&apos;a pas pu être ajusté : %1</translation>
    </message>
    <message>
        <source> per %1</source>
        <comment>income 0.10 to 0.30 per 1,000</comment>
        <translation> pour %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3%4%5</source>
        <comment>covariate, lower and upper quartile of its local effect, &apos; per 1,000&apos;, &apos; (changes direction in places)&apos;</comment>
        <translation>%1 de %2 à %3%4%5</translation>
    </message>
    <message>
        <source> (changes direction in places)</source>
        <translation> (change de sens par endroits)</translation>
    </message>
    <message>
        <source>The effects differ across the map (local model on the %1 nearest areas, R² %2 against %3 for the plain model). In the middle half of the areas: %4.</source>
        <translation>Les effets varient d&apos;un endroit à l&apos;autre de la carte (modèle local sur les %1 zones les plus proches, R² %2 contre %3 pour le modèle simple). Pour la moitié centrale des zones : %4.</translation>
    </message>
    <message>
        <source>Clusters (LISA) could not be computed: %1</source>
        <translation>Les agrégats (LISA) n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>No area belongs to a significant cluster of high or low %1 (local Moran&apos;s I, after the false-discovery cut).</source>
        <translation>Aucune zone n&apos;appartient à un agrégat significatif de valeurs élevées ou basses (%1 ; Moran&apos;s I local, après correction du taux de fausses découvertes).</translation>
    </message>
    <message>
        <source>1 area differs sharply from its neighbours</source>
        <translation>1 zone se distingue nettement de ses voisines</translation>
    </message>
    <message>
        <source>%1 areas differ sharply from their neighbours</source>
        <translation>%1 zones se distinguent nettement de leurs voisines</translation>
    </message>
    <message>
        <source>%1 area sits in clusters of high %2 and %3 in clusters of low %2; %4 (local Moran&apos;s I, 999 permutations, after the false-discovery cut).</source>
        <comment>%2 is what is mapped, %4 says how many areas differ from their neighbours</comment>
        <translation>%1 zone se trouve dans des agrégats de valeurs élevées (%2) et %3 dans des agrégats de valeurs basses (%2) ; %4 (Moran&apos;s I local, 999 permutations, après correction du taux de fausses découvertes).</translation>
    </message>
    <message>
        <source>%1 areas sit in clusters of high %2 and %3 in clusters of low %2; %4 (local Moran&apos;s I, 999 permutations, after the false-discovery cut).</source>
        <comment>%2 is what is mapped, %4 says how many areas differ from their neighbours</comment>
        <translation>%1 zones se trouvent dans des agrégats de valeurs élevées (%2) et %3 dans des agrégats de valeurs basses (%2) ; %4 (Moran&apos;s I local, 999 permutations, après correction du taux de fausses découvertes).</translation>
    </message>
    <message>
        <source>The tests for spatial patterns find nothing the plain model misses (LM tests at 5 %).</source>
        <translation>Les tests de structure spatiale ne trouvent rien qui échappe au modèle simple (tests LM au seuil de 5 %).</translation>
    </message>
    <message>
        <source>The tests point to shared local influences that the figures miss (a spatial error pattern, LM test %1): the effects stand, but are less certain than the plain model says.</source>
        <translation>Les tests indiquent des influences locales communes que les chiffres ne saisissent pas (une structure d&apos;erreur spatiale, test LM %1) : les effets tiennent, mais sont moins sûrs que ne l&apos;indique le modèle simple.</translation>
    </message>
    <message>
        <source>The tests point to areas following their neighbours (a spatial lag pattern, LM test %1): the plain model&apos;s effects mix an area&apos;s own figures with its neighbours&apos; pull.</source>
        <translation>Les tests indiquent que les zones suivent leurs voisines (une structure spatiale autorégressive, test LM %1) : les effets du modèle simple mêlent les chiffres propres d&apos;une zone à l&apos;influence de ses voisines.</translation>
    </message>
    <message>
        <source>The tests find a spatial pattern but cannot tell whether neighbours share hidden influences or follow each other: compare both spatial models below.</source>
        <translation>Les tests trouvent une structure spatiale mais ne peuvent dire si les zones voisines partagent des influences cachées ou se suivent l&apos;une l&apos;autre : comparez les deux modèles spatiaux ci-dessous.</translation>
    </message>
    <message>
        <source>The spatial lag model could not be fitted: %1</source>
        <translation>Le modèle spatial autorégressif (lag) n&apos;a pas pu être ajusté : %1</translation>
    </message>
    <message>
        <source>The spatial error model could not be fitted: %1</source>
        <translation>Le modèle à erreur spatiale n&apos;a pas pu être ajusté : %1</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Yellow–green–blue</source>
        <translation>Jaune–vert–bleu</translation>
    </message>
    <message>
        <source>Yellow–orange–red</source>
        <translation>Jaune–orange–rouge</translation>
    </message>
    <message>
        <source>Greens</source>
        <translation>Verts</translation>
    </message>
    <message>
        <source>Purples</source>
        <translation>Violets</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Red–blue</source>
        <translation>Rouge–bleu</translation>
    </message>
    <message>
        <source>Orange–purple</source>
        <translation>Orange–violet</translation>
    </message>
    <message>
        <source>Brown–teal</source>
        <translation>Brun–bleu canard</translation>
    </message>
    <message>
        <source>Pink–green</source>
        <translation>Rose–vert</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation>Couleur du parti</translation>
    </message>
    <message>
        <source>Quantiles (equal counts)</source>
        <translation>Quantiles (effectifs égaux)</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <source>Round numbers</source>
        <translation>Nombres ronds</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>Écarts types</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Seuils manuels</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1 share %2 (%)</source>
        <translation>%1 part %2 (%)</translation>
    </message>
    <message>
        <source>Change (pts)</source>
        <translation>Variation (pts)</translation>
    </message>
    <message>
        <source>Turnout change (pts)</source>
        <translation>Variation de la participation (pts)</translation>
    </message>
    <message>
        <source>Butler swing (pts)</source>
        <translation>Swing de Butler (pts)</translation>
    </message>
    <message>
        <source>Steed swing (pts)</source>
        <translation>Swing de Steed (pts)</translation>
    </message>
    <message>
        <source>Expected (pts)</source>
        <translation>Attendu (pts)</translation>
    </message>
    <message>
        <source>Over/under-performance (pts)</source>
        <translation>Sur-/sous-performance (pts)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Potentiel de voix</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
</context>
<context>
    <name>swingmap::CoefChart</name>
    <message>
        <source>Coefficients with their robust 95 % intervals</source>
        <translation>Coefficients et leurs intervalles robustes à 95 %</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Aucun modèle ajusté pour l’instant</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Pas de modèle : %1</translation>
    </message>
    <message>
        <source>The model has no covariates</source>
        <translation>Le modèle n’a pas de variables explicatives</translation>
    </message>
    <message>
        <source>Change in the outcome per unit</source>
        <translation>Variation du résultat par unité</translation>
    </message>
    <message>
        <source>Robust 95 % intervals (HC3; t, %1 df)</source>
        <translation>Intervalles robustes à 95 % (HC3 ; t, %1 ddl)</translation>
    </message>
    <message>
        <source>Robust 95 % intervals (HC3; normal)</source>
        <translation>Intervalles robustes à 95 % (HC3 ; loi normale)</translation>
    </message>
    <message>
        <source>t quantile %1 with %2 df</source>
        <translation>quantile t %1 à %2 ddl</translation>
    </message>
    <message>
        <source>normal quantile %1</source>
        <translation>quantile normal %1</translation>
    </message>
    <message>
        <source>Estimate %1, robust SE (HC3) %2</source>
        <translation>Estimation %1, erreur type robuste (HC3) %2</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2 (%3)</source>
        <translation>intervalle à 95 % de %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>robust p &lt; 0.001</source>
        <translation>p robuste &lt; 0,001</translation>
    </message>
    <message>
        <source>robust p = %1</source>
        <translation>p robuste = %1</translation>
    </message>
    <message>
        <source>could be chance</source>
        <translation>pourrait être le hasard</translation>
    </message>
</context>
<context>
    <name>swingmap::DataTableDock</name>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filtrer par code ou nom</translation>
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
        <translation>Garder les zones dont la valeur dans cette colonne est entre min et max</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>Filt&amp;re :</translation>
    </message>
    <message>
        <source>F&amp;igure:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click an area on the map to see its figures.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cliquez sur une zone de la carte pour voir ses chiffres.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>(any figure)</source>
        <translation>(tout indicateur)</translation>
    </message>
    <message>
        <source>%1 of %2 areas, %3 selected</source>
        <translation>%1 zones sur %2, %3 sélectionnées</translation>
    </message>
</context>
<context>
    <name>swingmap::FindBar</name>
    <message>
        <source>Area name or code, or a street</source>
        <translation>Nom ou code d’une zone, ou une rue</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (rue)</translation>
    </message>
    <message>
        <source>Nothing called “%1”</source>
        <translation>Rien ne s’appelle « %1 »</translation>
    </message>
</context>
<context>
    <name>swingmap::HistogramChart</name>
    <message>
        <source>Distribution of the mapped figure</source>
        <translation>Distribution de la valeur cartographiée</translation>
    </message>
    <message>
        <source>No figures to show</source>
        <translation>Aucune valeur à afficher</translation>
    </message>
    <message numerus="yes">
        <source>%n areas</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n areas</source>
        <translation>
            <numerusform>%1 : %n zone</numerusform>
            <numerusform>%1 : %n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n areas</source>
        <translation>
            <numerusform>%1 à %2 : %n zone</numerusform>
            <numerusform>%1 à %2 : %n zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swingmap::ImportWizard</name>
    <message>
        <source>New project from files</source>
        <translation>Nouveau projet à partir de fichiers</translation>
    </message>
    <message>
        <source>Drop a Shapefile, GeoPackage, GeoJSON … here</source>
        <translation>Déposez ici un Shapefile, GeoPackage, GeoJSON …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; areas, CRS &lt;b&gt;%2&lt;/b&gt;, %3 fields:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zones, SCR &lt;b&gt;%2&lt;/b&gt;, %3 champs :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 areas match)</source>
        <translation>%1 (%2 zones sur %3 correspondent)</translation>
    </message>
    <message>
        <source>Suggested: the column whose keys overlap most with the boundaries; %1; rows: %2.</source>
        <translation>Suggestion : la colonne dont les clés recoupent le plus les limites ; %1 ; lignes : %2.</translation>
    </message>
    <message>
        <source>long (one row per area and party or figure)</source>
        <translation>long (une ligne par zone et par parti ou chiffre)</translation>
    </message>
    <message>
        <source>wide (one row per area)</source>
        <translation>large (une ligne par zone)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This table does not join yet:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce tableau ne se joint pas encore :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Key column &lt;b&gt;%1&lt;/b&gt; (suggested: %2 of %3 areas match; %4), name &lt;b&gt;%5&lt;/b&gt;. %6 rows; rows that look like totals are left out and listed below.</source>
        <translation>Colonne clé &lt;b&gt;%1&lt;/b&gt; (suggestion : %2 zones sur %3 correspondent ; %4), nom &lt;b&gt;%5&lt;/b&gt;. %6 lignes ; les lignes qui ressemblent à des totaux sont écartées et listées ci-dessous.</translation>
    </message>
    <message>
        <source> &lt;b&gt;Few keys are boundary areas:&lt;/b&gt; if the figures are given for other areas (neighbourhoods, older districts), say so on the next page.</source>
        <translation> &lt;b&gt;Peu de clés sont des zones des limites :&lt;/b&gt; si les chiffres portent sur d’autres zones (quartiers, anciens bureaux de vote), indiquez-le à la page suivante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Boundaries:&lt;/b&gt; %1 (key %2)</source>
        <translation>&lt;b&gt;Limites :&lt;/b&gt; %1 (clé %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Election %1:&lt;/b&gt; %2, key %3 (%4)</source>
        <translation>&lt;b&gt;Élection %1 :&lt;/b&gt; %2, clé %3 (%4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Census:&lt;/b&gt; %1, key %2</source>
        <translation>&lt;b&gt;Recensement :&lt;/b&gt; %1, clé %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Covariates:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Variables explicatives :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: cannot write the project (%2). Choose another folder.</source>
        <translation>%1 : impossible d’écrire le projet (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1: writing the project failed (%2). Check the free space.</source>
        <translation>%1 : l’écriture du projet a échoué (%2). Vérifiez l’espace disque libre.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.tsv *.xlsx *.ods *.dbf *.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.topojson *.fgb *.kml *.gml *.tab *.zip);;All files (*)</source>
        <translation>Fichiers vectoriels (*.shp *.gpkg *.geojson *.json *.topojson *.fgb *.kml *.gml *.tab *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>every row</source>
        <translation>chaque ligne</translation>
    </message>
    <message>
        <source>keys padded with zeros to %1 characters</source>
        <translation>clés complétées par des zéros jusqu’à %1 caractères</translation>
    </message>
    <message>
        <source>leading zeros stripped from the keys</source>
        <translation>zéros initiaux retirés des clés</translation>
    </message>
    <message>
        <source>keys used as they are</source>
        <translation>clés utilisées telles quelles</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Pick or drop the file with the areas&apos; shapes, then choose the field holding each area&apos;s code.</source>
        <translation>Choisissez ou déposez le fichier des contours des zones, puis le champ qui contient le code de chaque zone.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <source>Key field:</source>
        <translation>Champ clé :</translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation>Champ du nom :</translation>
    </message>
    <message>
        <source>Election results</source>
        <translation>Résultats électoraux</translation>
    </message>
    <message>
        <source>Add one table per election (a long table with both years can be added twice, with a different figures column). Check the guessed columns and the join below.</source>
        <translation>Ajoutez un tableau par élection (un tableau long avec les deux années peut être ajouté deux fois, avec une autre colonne de chiffres). Vérifiez les colonnes devinées et la jointure ci-dessous.</translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation>Ajouter un tableau…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Key column:</source>
        <translation>Colonne clé :</translation>
    </message>
    <message>
        <source>Name column:</source>
        <translation>Colonne du nom :</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Party column:</source>
        <translation>Colonne du parti :</translation>
    </message>
    <message>
        <source>Figures column:</source>
        <translation>Colonne des chiffres :</translation>
    </message>
    <message>
        <source>Electorate:</source>
        <translation>Inscrits :</translation>
    </message>
    <message>
        <source>Voters:</source>
        <translation>Votants :</translation>
    </message>
    <message>
        <source>Valid votes:</source>
        <translation>Suffrages exprimés :</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Partis :</translation>
    </message>
    <message>
        <source>How this table joins (before any fit)</source>
        <translation>Comment ce tableau est joint (avant tout ajustement)</translation>
    </message>
    <message>
        <source>Election tables</source>
        <translation>Tableaux électoraux</translation>
    </message>
    <message>
        <source>Give every election its own label (e.g. its year); &quot;%1&quot; is empty or used twice.</source>
        <translation>Donnez à chaque élection son propre libellé (par ex. son année) ; « %1 » est vide ou utilisé deux fois.</translation>
    </message>
    <message>
        <source>Census and other area figures</source>
        <translation>Recensement et autres chiffres par zone</translation>
    </message>
    <message>
        <source>Optional: add tables of area figures and tick the ones that may explain the swing (covariates).</source>
        <translation>Facultatif : ajoutez des tableaux de chiffres par zone et cochez ceux qui pourraient expliquer l’évolution (variables explicatives).</translation>
    </message>
    <message>
        <source>Covariates (numeric columns):</source>
        <translation>Variables explicatives (colonnes numériques) :</translation>
    </message>
    <message>
        <source>Census tables</source>
        <translation>Tableaux du recensement</translation>
    </message>
    <message>
        <source>Analysis and project file</source>
        <translation>Analyse et fichier de projet</translation>
    </message>
    <message>
        <source>Which party, which two elections, and where to save the project. It is checked before it is written, then opened.</source>
        <translation>Quel parti, quelles deux élections et où enregistrer le projet. Il est vérifié avant d’être écrit, puis ouvert.</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Parti :</translation>
    </message>
    <message>
        <source>From election:</source>
        <translation>De l’élection :</translation>
    </message>
    <message>
        <source>To election:</source>
        <translation>À l’élection :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Variable étudiée :</translation>
    </message>
    <message>
        <source>Project file:</source>
        <translation>Fichier de projet :</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>SwingMap project (*.swingmap.json *.json)</source>
        <translation>Projet SwingMap (*.swingmap.json *.json)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
</context>
<context>
    <name>swingmap::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>swingmap::JoinPanel</name>
    <message>
        <source>… %1 more not listed</source>
        <translation>… %1 de plus non listés</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>No project loaded.</source>
        <translation>Aucun projet chargé.</translation>
    </message>
    <message>
        <source>%1 boundary features; every table joined cleanly.</source>
        <translation>%1 zones dans les limites ; chaque tableau est joint sans problème.</translation>
    </message>
    <message>
        <source>%1 boundary features; %2 join findings to check below.</source>
        <translation>%1 zones dans les limites ; %2 constats de jointure à vérifier ci-dessous.</translation>
    </message>
    <message>
        <source>Boundaries: %1 features</source>
        <translation>Limites : %1 zones</translation>
    </message>
    <message>
        <source>Invalid polygons repaired: %1</source>
        <translation>Polygones invalides réparés : %1</translation>
    </message>
    <message>
        <source>Without geometry (NULL or empty): %1</source>
        <translation>Sans géométrie (NULL ou vide) : %1</translation>
    </message>
    <message>
        <source>Islands (touch no other area): %1</source>
        <translation>Îlots (ne touchent aucune autre zone) : %1</translation>
    </message>
    <message>
        <source>Duplicate boundary keys</source>
        <translation>Clés en double dans les limites</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows matched</source>
        <translation>%1 : %2 lignes sur %3 appariées</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Read as %1, separator &quot;%2&quot;, decimal &quot;%3&quot;, %4 footnote lines dropped</source>
        <translation>Lu en %1, séparateur « %2 », décimale « %3 », %4 lignes de notes retirées</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Areas without a row: %1</source>
        <translation>Zones sans ligne : %1</translation>
    </message>
    <message>
        <source>Padding: %1 keys match only after padding (&quot;%2&quot; → &quot;%3&quot;); fix: add %4 to this source</source>
        <translation>Complément : %1 clés ne correspondent qu’après complément (« %2 » → « %3 ») ; correction : ajoutez %4 à cette source</translation>
    </message>
    <message>
        <source>Unmatched keys (no boundary feature)</source>
        <translation>Clés non appariées (aucune zone des limites)</translation>
    </message>
    <message>
        <source>Missing keys (boundary features without a row)</source>
        <translation>Clés manquantes (zones des limites sans ligne)</translation>
    </message>
    <message>
        <source>Duplicate keys</source>
        <translation>Clés en double</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Total rows (left out)</source>
        <translation>Lignes de total (écartées)</translation>
    </message>
    <message>
        <source>Row-check violations (%1)</source>
        <translation>Violations des contrôles de lignes (%1)</translation>
    </message>
    <message>
        <source>%1: boundaries &quot;%2&quot;, table &quot;%3&quot;</source>
        <translation>%1 : limites « %2 », tableau « %3 »</translation>
    </message>
    <message>
        <source>Name mismatches</source>
        <translation>Noms discordants</translation>
    </message>
    <message>
        <source>Name mismatches in all: %1 (first %2 listed)</source>
        <translation>Noms discordants au total : %1 (les %2 premiers listés)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>swingmap::LayersModel</name>
    <message>
        <source>Areas (the map)</source>
        <translation>Zones (la carte)</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Rues</translation>
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
%2 points, %3 lignes, %4 polygones (dessinés seulement, non analysés)</translation>
    </message>
    <message>
        <source>The areas coloured by the figure shown</source>
        <translation>Les zones, colorées selon le chiffre affiché</translation>
    </message>
    <message>
        <source>The project&apos;s streets, coloured by the class of the area under them</source>
        <translation>Les rues du projet, colorées selon la classe de la zone en dessous</translation>
    </message>
</context>
<context>
    <name>swingmap::LayersPanel</name>
    <message>
        <source>&amp;Opacity</source>
        <translation>Opa&amp;cité</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a layer drawn over the map: polling stations, a district outline … (any vector file; File › Add overlay layer…)</source>
        <translation>Ajouter une couche dessinée sur la carte : bureaux de vote, un contour de circonscription … (tout fichier vectoriel ; Fichier › Ajouter une couche superposée…)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected overlay (Delete)</source>
        <translation>Supprimer la couche superposée choisie (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Draw the selected layer above the one over it (Ctrl+Up)</source>
        <translation>Dessiner la couche choisie au-dessus de celle qui la couvre (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Draw the selected layer below the one under it (Ctrl+Down)</source>
        <translation>Dessiner la couche choisie sous celle qu’elle couvre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>The first layer is drawn on top. Space shows or hides the selected layer; drag, or Ctrl+Up and Ctrl+Down, to change the order.</source>
        <translation>La première couche est dessinée au-dessus. Espace affiche ou masque la couche choisie ; glissez, ou Ctrl+Haut et Ctrl+Bas, pour changer l’ordre.</translation>
    </message>
    <message>
        <source>How opaque the selected layer is drawn (0 %: not at all)</source>
        <translation>Opacité de la couche choisie (0 % : invisible)</translation>
    </message>
    <message>
        <source>Open a project first, then add layers over its map.</source>
        <translation>Ouvrez d’abord un projet, puis ajoutez des couches sur sa carte.</translation>
    </message>
    <message>
        <source>Add a layer over the map</source>
        <translation>Ajouter une couche sur la carte</translation>
    </message>
    <message>
        <source>Vector layers (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;All files (*)</source>
        <translation>Couches vectorielles (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 has several layers. Which one?</source>
        <translation>%1 contient plusieurs couches. Laquelle ?</translation>
    </message>
    <message>
        <source>The layer could not be added</source>
        <translation>La couche n’a pas pu être ajoutée</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Jointure</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;New project from files…</source>
        <translation>&amp;Nouveau projet à partir de fichiers…</translation>
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
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Export &amp;PDF briefing…</source>
        <translation>Exporter la note de synthèse &amp;PDF…</translation>
    </message>
    <message>
        <source>Export map as PN&amp;G…</source>
        <translation>Exporter la carte en PN&amp;G…</translation>
    </message>
    <message>
        <source>Export map as S&amp;VG…</source>
        <translation>Exporter la carte en S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Busy: wait for the current job or cancel it.</source>
        <translation>Occupé : attendez la fin de la tâche en cours ou annulez-la.</translation>
    </message>
    <message>
        <source>Open a SwingMap project</source>
        <translation>Ouvrir un projet SwingMap</translation>
    </message>
    <message>
        <source>SwingMap project (*.json)</source>
        <translation>Projet SwingMap (*.json)</translation>
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
        <translation> (données de démo synthétiques)</translation>
    </message>
    <message>
        <source>%1 areas, %2 in the model</source>
        <translation>%1 zones, %2 dans le modèle</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1 is neither a SwingMap project (.json) nor a layer of streets (GeoPackage, Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).</source>
        <translation>%1 n’est ni un projet SwingMap (.json) ni une couche de rues (GeoPackage, Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).</translation>
    </message>
    <message>
        <source>Open a project first, then drop %1 on it to add its streets.</source>
        <translation>Ouvrez d’abord un projet, puis déposez-y %1 pour ajouter ses rues.</translation>
    </message>
    <message>
        <source>%1 holds areas (polygons), not streets: drop a layer of lines, such as an OpenStreetMap extract (.osm.pbf) or a GeoPackage of streets.</source>
        <translation>%1 contient des zones (polygones), pas des rues : déposez une couche de lignes, par exemple un extrait OpenStreetMap (.osm.pbf) ou un GeoPackage de rues.</translation>
    </message>
    <message>
        <source>Adding the streets: running the project again…</source>
        <translation>Ajout des rues : nouveau calcul du projet…</translation>
    </message>
    <message>
        <source>Saved the lists in %1</source>
        <translation>Listes enregistrées dans %1</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Table des données</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Data table</source>
        <translation>&amp;Table des données</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About SwingMap</source>
        <translation>À &amp;propos de SwingMap</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>The pointer&apos;s position in the project&apos;s coordinate system</source>
        <translation>Position du pointeur dans le système de coordonnées du projet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>These overlay layers could not be read and are not drawn: %1</source>
        <translation>Ces couches superposées n’ont pas pu être lues et ne sont pas dessinées : %1</translation>
    </message>
    <message>
        <source>Add overla&amp;y layer…</source>
        <translation>Ajouter une &amp;couche superposée…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Jointure</translation>
    </message>
    <message>
        <source>St&amp;yle</source>
        <translation>St&amp;yle</translation>
    </message>
    <message>
        <source>Export target &amp;lists and areas…</source>
        <translation>Exporter les &amp;listes de cibles et les zones…</translation>
    </message>
    <message>
        <source>Model c&amp;harts</source>
        <translation>&amp;Graphiques du modèle</translation>
    </message>
</context>
<context>
    <name>swingmap::MapCanvas</name>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA</source>
        <translation>DONNÉES DE DÉMO SYNTHÉTIQUES</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>Not listed: no figures published for it</source>
        <translation>Non listée : aucun chiffre publié</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Length in the published areas</source>
        <translation>Longueur dans les zones publiées</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Potential votes</source>
        <translation>Voix potentielles</translation>
    </message>
    <message>
        <source>Potential votes per km</source>
        <translation>Voix potentielles par km</translation>
    </message>
    <message>
        <source>Share change</source>
        <translation>Évolution de la part</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Swing-street</source>
        <translation>Rue à bascule</translation>
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
        <source>Road class</source>
        <translation>Catégorie de voie</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>areas (reading their figures…)</source>
        <translation>zones (lecture des chiffres…)</translation>
    </message>
</context>
<context>
    <name>swingmap::MapView</name>
    <message>
        <source>Hatch changes within sampling noise</source>
        <translation>Hachurer les évolutions dans le bruit</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Which figure the map shows</source>
        <translation>Le chiffre affiché par la carte</translation>
    </message>
    <message>
        <source>Lighter hatch over areas whose change is within ±1.96 sampling standard errors: too small a base to tell</source>
        <translation>Hachure plus claire sur les zones dont l’évolution reste dans ±1,96 erreurs types d’échantillonnage : base trop faible pour conclure</translation>
    </message>
    <message>
        <source>&amp;Streets</source>
        <translation>&amp;Rues</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Draw the project&apos;s streets over the map, coloured by the class of the area under them, widest for the top-ranked</source>
        <translation>Dessiner les rues du projet sur la carte, colorées selon la classe de la zone en dessous, les mieux classées plus larges</translation>
    </message>
    <message>
        <source>the noise hatch</source>
        <translation>les hachures du bruit</translation>
    </message>
    <message>
        <source>the streets</source>
        <translation>les rues</translation>
    </message>
    <message>
        <source>Area &amp;labels</source>
        <translation>&amp;Noms des zones</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Write the areas&apos; names on the map where there is room</source>
        <translation>Écrire le nom des zones sur la carte là où il y a de la place</translation>
    </message>
    <message>
        <source>&amp;North arrow</source>
        <translation>&amp;Flèche du nord</translation>
    </message>
    <message>
        <source>Show a north arrow in the map&apos;s top right corner</source>
        <translation>Afficher une flèche du nord en haut à droite de la carte</translation>
    </message>
    <message>
        <source>the area labels</source>
        <translation>les noms des zones</translation>
    </message>
    <message>
        <source>the north arrow</source>
        <translation>la flèche du nord</translation>
    </message>
</context>
<context>
    <name>swingmap::ModelChartsDock</name>
    <message>
        <source>Model charts</source>
        <translation>Graphiques du modèle</translation>
    </message>
    <message>
        <source>&amp;Residuals</source>
        <translation>&amp;Résidus</translation>
    </message>
    <message>
        <source>C&amp;oefficients</source>
        <translation>C&amp;oefficients</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Aucun modèle ajusté pour l’instant</translation>
    </message>
</context>
<context>
    <name>swingmap::ModelPanel</name>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>From election</source>
        <translation>De l’élection</translation>
    </message>
    <message>
        <source>To election</source>
        <translation>À l’élection</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>ET</translation>
    </message>
    <message>
        <source>HC3 SE</source>
        <translation>ET HC3</translation>
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
        <translation>Les diagnostics spatiaux apparaissent ici après un ajustement.</translation>
    </message>
    <message>
        <source>Fit the swing model with these choices</source>
        <translation>Ajuster le modèle d’évolution avec ces choix</translation>
    </message>
    <message>
        <source>Explain the change with:</source>
        <translation>Expliquer l’évolution par :</translation>
    </message>
    <message>
        <source>The figures:</source>
        <translation>Les chiffres :</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Pas de modèle : %1</translation>
    </message>
    <message>
        <source>n = %1 areas · R² %2 · adjusted R² %3</source>
        <translation>n = %1 zones · R² %2 · R² ajusté %3</translation>
    </message>
    <message>
        <source>(intercept)</source>
        <translation>(constante)</translation>
    </message>
    <message>
        <source>Neighbouring areas&apos; surprises are alike (Moran&apos;s I %1, %2): something local that these figures miss is at work.</source>
        <translation>Les surprises des zones voisines se ressemblent (Moran&apos;s I %1, %2) : quelque chose de local, que ces chiffres ne saisissent pas, est à l&apos;œuvre.</translation>
    </message>
    <message>
        <source>Neighbouring areas&apos; surprises are not noticeably alike (Moran&apos;s I %1, %2).</source>
        <translation>Les surprises des zones voisines ne se ressemblent pas sensiblement (Moran&apos;s I %1, %2).</translation>
    </message>
</context>
<context>
    <name>swingmap::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect when SwingMap starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de SwingMap.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>swingmap::ProjectSession</name>
    <message>
        <source>These settings cannot be saved: %1</source>
        <translation>Ces paramètres ne peuvent pas être enregistrés : %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>SwingMap closed unexpectedly; recover the unsaved changes to “%1”?</source>
        <translation>SwingMap s’est fermé de façon inattendue ; récupérer les modifications non enregistrées de « %1 » ?</translation>
    </message>
    <message>
        <source>Autosaved %1.</source>
        <translation>Enregistré automatiquement : %1.</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Fichier de projet : %1</translation>
    </message>
    <message>
        <source>The project file itself is gone; saving recreates it.</source>
        <translation>Le fichier de projet lui-même a disparu ; l’enregistrement le recrée.</translation>
    </message>
    <message>
        <source>The project file has changed since.</source>
        <translation>Le fichier de projet a changé depuis.</translation>
    </message>
    <message>
        <source>Recover opens the changes, not yet saved. Discard deletes them.</source>
        <translation>« Récupérer » ouvre les modifications, pas encore enregistrées. « Abandonner » les supprime.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>The autosaved project cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le projet enregistré automatiquement : %1</translation>
    </message>
    <message>
        <source>Busy: wait for the current job or cancel it.</source>
        <translation>Occupé : attendez la fin de la tâche en cours ou annulez-la.</translation>
    </message>
    <message>
        <source>This project is open in another SwingMap window: autosave is off here.</source>
        <translation>Ce projet est ouvert dans une autre fenêtre SwingMap : l’enregistrement automatique est désactivé ici.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>SwingMap project (*.json)</source>
        <translation>Projet SwingMap (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de « %1 » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Open a project (saved as a file) before adding streets.</source>
        <translation>Ouvrez un projet (enregistré dans un fichier) avant d’ajouter des rues.</translation>
    </message>
    <message>
        <source>These streets cannot be used: %1</source>
        <translation>Ces rues ne peuvent pas être utilisées : %1</translation>
    </message>
</context>
<context>
    <name>swingmap::ReconcilePage</name>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.fgb *.kml *.gml *.tab *.zip);;All files (*)</source>
        <translation>Fichiers vectoriels (*.shp *.gpkg *.geojson *.json *.fgb *.kml *.gml *.tab *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>registered voters</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>votants</translation>
    </message>
    <message>
        <source>valid votes</source>
        <translation>suffrages exprimés</translation>
    </message>
    <message>
        <source>On the boundary areas themselves</source>
        <translation>Sur les zones des limites elles-mêmes</translation>
    </message>
    <message>
        <source>On other areas, from a file (e.g. an earlier election&apos;s districts)</source>
        <translation>Sur d’autres zones, d’après un fichier (par ex. les bureaux de vote d’une élection antérieure)</translation>
    </message>
    <message>
        <source>On larger areas made of the boundary areas (e.g. neighbourhoods)</source>
        <translation>Sur des zones plus grandes formées des zones des limites (par ex. quartiers)</translation>
    </message>
    <message>
        <source>By how much of each area overlaps (people spread evenly)</source>
        <translation>Selon la part de chaque zone qui se recouvre (population répartie uniformément)</translation>
    </message>
    <message>
        <source>In proportion to:</source>
        <translation>Au prorata de :</translation>
    </message>
    <message>
        <source>Postal votes</source>
        <translation>Votes par correspondance</translation>
    </message>
    <message>
        <source>Share the postal-vote districts (they have no area of their own) out to the polling districts</source>
        <translation>Répartir les bureaux de vote par correspondance (sans zone propre) entre les bureaux de vote</translation>
    </message>
    <message>
        <source>Figures to move</source>
        <translation>Chiffres à transférer</translation>
    </message>
    <message>
        <source>When areas don&apos;t line up</source>
        <translation>Quand les zones ne concordent pas</translation>
    </message>
    <message>
        <source>Say where each table&apos;s figures are counted if not on the boundary areas: districts redrawn since, postal-vote districts, figures per neighbourhood. They are moved onto the boundaries, totals kept, and the map marks the areas whose figures are estimated.</source>
        <translation>Indiquez où les chiffres de chaque tableau sont comptés s’ils ne le sont pas sur les zones des limites : bureaux redécoupés, bureaux de vote par correspondance, chiffres par quartier. Ils sont transférés à totaux constants ; la carte signale les zones estimées.</translation>
    </message>
    <message>
        <source>Where are these figures counted?</source>
        <translation>Où ces chiffres sont-ils comptés ?</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche :</translation>
    </message>
    <message>
        <source>Field with the area codes:</source>
        <translation>Champ des codes de zone :</translation>
    </message>
    <message>
        <source>Group the boundary areas by</source>
        <translation>Regrouper les zones des limites par</translation>
    </message>
    <message>
        <source>using</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Group by the first characters of the field only, e.g. the first 4 of a postcode; &quot;all&quot; = the whole value.</source>
        <translation>Regrouper seulement selon les premiers caractères du champ, par ex. les 4 premiers d’un code postal ; « tous » = la valeur entière.</translation>
    </message>
    <message>
        <source>Column of this table with those areas&apos; codes:</source>
        <translation>Colonne de ce tableau avec les codes de ces zones :</translation>
    </message>
    <message>
        <source>How are they shared out onto the boundary areas?</source>
        <translation>Comment sont-ils répartis sur les zones des limites ?</translation>
    </message>
    <message>
        <source>count:</source>
        <translation>effectif :</translation>
    </message>
    <message>
        <source>is</source>
        <translation>vaut</translation>
    </message>
    <message>
        <source>Postal rows are those whose</source>
        <translation>Lignes de vote par correspondance : celles dont</translation>
    </message>
    <message>
        <source>Share each out within the same</source>
        <translation>Répartir chacune au sein du même</translation>
    </message>
    <message>
        <source>In proportion to</source>
        <translation>Au prorata de</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Counts (moved and added up):</source>
        <translation>Effectifs (transférés et additionnés) :</translation>
    </message>
    <message>
        <source>Rates, recomputed from the moved counts:</source>
        <translation>Taux, recalculés à partir des effectifs transférés :</translation>
    </message>
    <message>
        <source>Areas of the table</source>
        <translation>Zones du tableau</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Add an election table first.</source>
        <translation>Ajoutez d’abord un tableau électoral.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 areas found)</source>
        <translation>%1 (%2 zones sur %3 trouvées)</translation>
    </message>
    <message>
        <source>the %1 of election %2</source>
        <translation>les %1 de l’élection %2</translation>
    </message>
    <message>
        <source>a count in another file (addresses, residents, …)</source>
        <translation>un effectif dans un autre fichier (adresses, habitants, …)</translation>
    </message>
    <message>
        <source>(none: rows without an area and without registered voters)</source>
        <translation>(aucune : lignes sans zone et sans inscrits)</translation>
    </message>
    <message>
        <source>(nothing: leave the postal votes out)</source>
        <translation>(rien : écarter les votes par correspondance)</translation>
    </message>
    <message>
        <source>their voters</source>
        <translation>leurs votants</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 lignes.</translation>
    </message>
    <message>
        <source>no area and no registered voters</source>
        <translation>ni zone ni inscrits</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 postal-vote districts&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 bureaux de vote par correspondance&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>: none found. Check the column and its value.</source>
        <translation> : aucun trouvé. Vérifiez la colonne et sa valeur.</translation>
    </message>
    <message>
        <source>: left out, their votes are not counted (choose the column that says where they belong to share them out).</source>
        <translation> : écartés, leurs voix ne sont pas comptées (choisissez la colonne qui indique leur rattachement pour les répartir).</translation>
    </message>
    <message>
        <source>: shared out to the polling districts of the same %1 (%2 of them), in proportion to %3.</source>
        <translation> : répartis entre les bureaux de vote de même %1 (%2 au total), au prorata de %3.</translation>
    </message>
    <message>
        <source>%1 (postal ballots issued)</source>
        <translation>%1 (bulletins par correspondance délivrés)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;%1 of them have no polling district: their postal votes are lost.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;%1 d’entre eux n’ont aucun bureau de vote : leurs votes par correspondance sont perdus.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>polling districts</source>
        <translation>bureaux de vote</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>areas of %1</source>
        <translation>des zones de %1</translation>
    </message>
    <message>
        <source>groups of the boundary areas by the first %1 characters of %2</source>
        <translation>des groupes de zones des limites selon les %1 premiers caractères de %2</translation>
    </message>
    <message>
        <source>groups of the boundary areas by %1</source>
        <translation>des groupes de zones des limites selon %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 area codes&lt;/b&gt; in the %2: %3 of them are %4 (%5 areas).</source>
        <translation>&lt;b&gt;%1 codes de zone&lt;/b&gt; dans les %2 : %3 d’entre eux sont %4 (%5 zones).</translation>
    </message>
    <message>
        <source>by how much of each area overlaps</source>
        <translation>selon la part de chaque zone qui se recouvre</translation>
    </message>
    <message>
        <source>in proportion to %1 in %2</source>
        <translation>au prorata de %1 dans %2</translation>
    </message>
    <message>
        <source>in proportion to the %1 of election %2</source>
        <translation>au prorata des %1 de l’élection %2</translation>
    </message>
    <message>
        <source>Their figures are moved onto the %1 boundary areas %2. Totals are kept; the map hatches the areas whose figures are mostly estimated.</source>
        <translation>Leurs chiffres sont transférés sur les %1 zones des limites, %2. Les totaux sont conservés ; la carte hachure les zones dont les chiffres sont surtout estimés.</translation>
    </message>
    <message>
        <source>%1 counts moved; %2 rates recomputed from them%3</source>
        <translation>%1 effectifs transférés ; %2 taux recalculés à partir d’eux%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 area codes&lt;/b&gt; in the %2: %3 of them are boundary areas.</source>
        <translation>&lt;b&gt;%1 codes de zone&lt;/b&gt; dans les %2 : %3 d’entre eux sont des zones des limites.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;%1 are not: if the table is counted on other areas (districts redrawn since, neighbourhoods), say so above.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;%1 ne le sont pas : si le tableau est compté sur d’autres zones (bureaux de vote redécoupés depuis, quartiers), indiquez-le ci-dessus.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Election %1 — %2</source>
        <translation>Élection %1 – %2</translation>
    </message>
    <message>
        <source>Figures — %1</source>
        <translation>Chiffres – %1</translation>
    </message>
    <message>
        <source>%1: choose the file and the count to share the figures out by, or share them out by overlap area.</source>
        <translation>%1 : choisissez le fichier et l’effectif selon lequel répartir les chiffres, ou répartissez-les selon la surface de recouvrement.</translation>
    </message>
    <message>
        <source>%1: choose the boundary field that groups the areas.</source>
        <translation>%1 : choisissez le champ des limites qui regroupe les zones.</translation>
    </message>
    <message>
        <source>%1: tick the counts to move onto the boundaries (households, residents, …).</source>
        <translation>%1 : cochez les effectifs à transférer sur les limites (ménages, habitants, …).</translation>
    </message>
    <message>
        <source>%1: the covariate &quot;%2&quot; is neither a count nor a rate recomputed from counts, so it cannot be moved to other areas. Tick it as a count, add it as a rate (numerator ÷ denominator), or untick it on the previous page.</source>
        <translation>%1 : la variable explicative « %2 » n’est ni un effectif ni un taux recalculé à partir d’effectifs ; elle ne peut donc pas être transférée sur d’autres zones. Cochez-la comme effectif, ajoutez-la comme taux (numérateur ÷ dénominateur) ou décochez-la à la page précédente.</translation>
    </message>
    <message>
        <source>Election %1: choose the file and the field with the area codes its results are counted on.</source>
        <translation>Élection %1 : choisissez le fichier et le champ des codes de zone sur lesquels ses résultats sont comptés.</translation>
    </message>
</context>
<context>
    <name>swingmap::ResidualChart</name>
    <message>
        <source>Residuals against fitted values</source>
        <translation>Résidus en fonction des valeurs ajustées</translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Pas de modèle : %1</translation>
    </message>
    <message>
        <source>No model fitted yet</source>
        <translation>Aucun modèle ajusté pour l’instant</translation>
    </message>
    <message>
        <source>No areas in the model</source>
        <translation>Aucune zone dans le modèle</translation>
    </message>
    <message>
        <source>Fitted value</source>
        <translation>Valeur ajustée</translation>
    </message>
    <message>
        <source>Residual (observed − fitted)</source>
        <translation>Résidu (observé − ajusté)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln areas</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted %1, observed %2, residual %3</source>
        <translation>ajusté %1, observé %2, résidu %3</translation>
    </message>
</context>
<context>
    <name>swingmap::StartPage</name>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>New project from files…</source>
        <translation>Nouveau projet à partir de fichiers…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SwingMap&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;SwingMap&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>See where your party gained or lost support between two elections, what the census says about why, and print a one-page briefing.&lt;br&gt;&lt;br&gt;New here? The demo is a made-up county with two elections: nothing in it is real.</source>
        <translation>Voyez où votre parti a gagné ou perdu du soutien entre deux élections, ce que le recensement dit des raisons, et imprimez une note de synthèse d’une page.&lt;br&gt;&lt;br&gt;Nouveau ici ? La démo est un département fictif avec deux élections : rien n’y est réel.</translation>
    </message>
</context>
<context>
    <name>swingmap::StreetsDialog</name>
    <message>
        <source>Add streets to the project</source>
        <translation>Ajouter des rues au projet</translation>
    </message>
    <message>
        <source>Streets from &lt;b&gt;%1&lt;/b&gt;: named lines are kept, clipped to the areas and ranked by the potential votes of the areas they run through.</source>
        <translation>Rues de &lt;b&gt;%1&lt;/b&gt; : les lignes nommées sont conservées, découpées aux zones et classées selon les voix potentielles des zones qu’elles traversent.</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Couche</translation>
    </message>
    <message>
        <source>Street &amp;name column</source>
        <translation>Colonne du &amp;nom de rue</translation>
    </message>
    <message>
        <source>&amp;Class column</source>
        <translation>Colonne de &amp;catégorie</translation>
    </message>
    <message>
        <source>&amp;Keep these classes</source>
        <translation>&amp;Garder ces catégories</translation>
    </message>
    <message>
        <source>Add streets</source>
        <translation>Ajouter les rues</translation>
    </message>
    <message>
        <source>(none: keep every street)</source>
        <translation>(aucune : garder toutes les rues)</translation>
    </message>
    <message>
        <source>Layer “%1” holds areas (polygons), not streets. Choose a line layer, or drop a file of streets (lines) such as an OpenStreetMap extract.</source>
        <translation>La couche « %1 » contient des zones (polygones), pas des rues. Choisissez une couche de lignes ou déposez un fichier de rues (lignes), par exemple un extrait OpenStreetMap.</translation>
    </message>
    <message>
        <source>Layer “%1” has no columns: streets need a name column.</source>
        <translation>La couche « %1 » n’a pas de colonnes : les rues ont besoin d’une colonne de nom.</translation>
    </message>
    <message>
        <source>Check at least one class to keep.</source>
        <translation>Cochez au moins une catégorie à garder.</translation>
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
        <translation>Comment les valeurs sont réparties en classes</translation>
    </message>
    <message>
        <source>Number of classes (automatic: 7 for levels, 9 for changes)</source>
        <translation>Nombre de classes (automatique : 7 pour les niveaux, 9 pour les évolutions)</translation>
    </message>
    <message>
        <source>Colours: changes keep white at zero; all palettes are colour-blind safe except the party colour</source>
        <translation>Couleurs : les évolutions restent blanches à zéro ; toutes les palettes sauf la couleur du parti conviennent aux daltoniens</translation>
    </message>
    <message>
        <source>e.g. −5; 0; 5</source>
        <translation>p. ex. −5; 0; 5</translation>
    </message>
    <message>
        <source>Your own class breaks, separated by semicolons; press Enter</source>
        <translation>Vos propres seuils, séparés par des points-virgules ; appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Classes by</source>
        <translation>&amp;Classes par</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Seuils</translation>
    </message>
    <message>
        <source>Co&amp;lours</source>
        <translation>Co&amp;uleurs</translation>
    </message>
    <message>
        <source>Breaks must be numbers separated by semicolons.</source>
        <translation>Les seuils doivent être des nombres séparés par des points-virgules.</translation>
    </message>
    <message>
        <source>Classes and clusters keep their own colours.</source>
        <translation>Les classes et les groupes gardent leurs propres couleurs.</translation>
    </message>
    <message>
        <source>This figure uses another kind of palette: shown in the default.</source>
        <translation>Cette valeur utilise un autre type de palette : affichée dans la palette par défaut.</translation>
    </message>
    <message>
        <source>Changes: white stays at zero.</source>
        <translation>Évolutions : le blanc reste à zéro.</translation>
    </message>
</context>
<context>
    <name>swingmap::TrustDialog</name>
    <message>
        <source>Open this project?</source>
        <translation>Ouvrir ce projet ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reads files outside its folder or from the network:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lit des fichiers hors de son dossier ou depuis le réseau :</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reads files outside its folder:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; lit des fichiers hors de son dossier :</translation>
    </message>
    <message>
        <source>Open it only if you know where the project comes from: it can name any file you may read. SwingMap only reads them; nothing is run, changed or sent. Your answer is remembered for this project file until the list changes.</source>
        <translation>Ouvrez-le seulement si vous savez d’où vient le projet : il peut désigner n’importe quel fichier que vous pouvez lire. SwingMap se contente de les lire ; rien n’est exécuté, modifié ni envoyé. Votre réponse est retenue pour ce fichier de projet jusqu’à ce que la liste change.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
</context>
</TS>
