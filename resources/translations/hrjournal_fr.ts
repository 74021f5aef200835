<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AffectedTable</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Choose who was affected in row %1 of People affected, or remove that row.</source>
        <translation>Choisissez la personne touchée à la ligne %1 du tableau Personnes touchées, ou supprimez cette ligne.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Attachment shown</source>
        <translation>Pièce jointe affichée</translation>
    </message>
    <message>
        <source>Viewer message</source>
        <translation>Message de la visionneuse</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Lecture de la pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop reading the attachment</source>
        <translation>Arrêter la lecture de la pièce jointe</translation>
    </message>
    <message>
        <source>Reading the attachment…</source>
        <translation>Lecture de la pièce jointe…</translation>
    </message>
    <message>
        <source>Picture or page</source>
        <translation>Image ou page</translation>
    </message>
    <message>
        <source>Picture or page, scrollable</source>
        <translation>Image ou page, avec défilement</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>Texte de la pièce jointe</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Enregistrer une copie de la pièce jointe</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>HR Journal is still busy with the last task; please wait.</source>
        <translation>HR Journal termine encore la tâche précédente&#xa0;; veuillez patienter.</translation>
    </message>
    <message>
        <source>This PDF could not be opened here; it may be damaged or protected by a password.</source>
        <translation>Ce PDF n&apos;a pas pu être ouvert ici&#xa0;; il est peut-être endommagé ou protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>This type of file cannot be shown inside HR Journal. It is kept safely in the journal; if you need to open it in another program, save a copy first.</source>
        <translation>Ce type de fichier ne peut pas être affiché dans HR Journal. Il reste conservé en sécurité dans le journal&#xa0;; pour l&apos;ouvrir dans un autre programme, enregistrez-en d&apos;abord une copie.</translation>
    </message>
    <message>
        <source>This page could not be drawn.</source>
        <translation>Cette page n&apos;a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Evidence of this incident</source>
        <translation>Preuves de cet incident</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation>Ajouter des fichiers comme preuves</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>View the selected evidence</source>
        <translation>Voir la preuve sélectionnée</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence</source>
        <translation>Enregistrer une copie de la preuve sélectionnée</translation>
    </message>
    <message>
        <source>Writes the file outside the journal, unencrypted; the custody log notes it.</source>
        <translation>Écrit le fichier hors du journal, sans chiffrement&#xa0;; le registre de traçabilité le consigne.</translation>
    </message>
    <message>
        <source>Progress of taking in the file</source>
        <translation>Progression de l&apos;ajout du fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel taking in files</source>
        <translation>Annuler l&apos;ajout des fichiers</translation>
    </message>
    <message>
        <source>Evidence message</source>
        <translation>Message sur les preuves</translation>
    </message>
    <message>
        <source>Chain of c&amp;ustody of the selected file</source>
        <translation>Chaîne de &amp;traçabilité du fichier sélectionné</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (à partir de %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter des preuves</translation>
    </message>
    <message>
        <source>Taking in %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Added %1; its SHA-256 fingerprint is %2.</source>
        <translation>%1 ajouté&#xa0;; son empreinte SHA-256 est %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added, nor any file after it.</source>
        <translation>Annulé&#xa0;: %1 n&apos;a pas été ajouté, ni aucun des fichiers suivants.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Enregistrement d&apos;une copie de %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation>Copie enregistrée sous %1. Elle n&apos;est pas chiffrée&#xa0;; supprimez-la dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>La copie n&apos;a pas pu être écrite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add photos, documents or recordings as evidence of this incident.</source>
        <translation>Ajoutez des photos, des documents ou des enregistrements comme preuves de cet incident.</translation>
    </message>
    <message>
        <source>Save the incident first; then you can add evidence to it.</source>
        <translation>Enregistrez d&apos;abord l&apos;incident&#xa0;; vous pourrez ensuite y ajouter des preuves.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The months not named had no incidents.</source>
        <translation>Les mois non cités n&apos;ont eu aucun incident.</translation>
    </message>
</context>
<context>
    <name>ChannelLine</name>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (de préférence)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 for %2</source>
        <translation>Copier %1 de %2</translation>
    </message>
    <message>
        <source>Copy to the clipboard; HR Journal empties the clipboard again soon after.</source>
        <translation>Copier dans le presse-papiers&#xa0;; HR Journal le vide de nouveau peu après.</translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Ways to reach this contact</source>
        <translation>Moyens de joindre ce contact</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Moyen de contact</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Numéro ou adresse</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>Numéro de sécurité ou empreinte</translation>
    </message>
    <message>
        <source>&amp;Add a way to reach</source>
        <translation>&amp;Ajouter un moyen de contact</translation>
    </message>
    <message>
        <source>Add a way to reach this contact</source>
        <translation>Ajouter un moyen de joindre ce contact</translation>
    </message>
    <message>
        <source>R&amp;emove the selected way</source>
        <translation>&amp;Supprimer le moyen sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected way to reach</source>
        <translation>Supprimer le moyen de contact sélectionné</translation>
    </message>
    <message>
        <source>Way to reach number %1 has no number or address; fill it in or remove that row.</source>
        <translation>Le moyen de contact n°&#xa0;%1 n&apos;a ni numéro ni adresse&#xa0;; complétez-le ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>The date way to reach number %1 was verified is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>La date de vérification du moyen de contact n°&#xa0;%1 n&apos;est pas une date valide&#xa0;; écrivez-la sous la forme YYYY-MM-DD, par exemple 2025-03-14.</translation>
    </message>
    <message>
        <source>Try this way first</source>
        <translation>Essayer ce moyen en premier</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in contact</source>
        <translation>Personne à qui donner des nouvelles</translation>
    </message>
    <message>
        <source>When you check in</source>
        <translation>Quand vous donnez des nouvelles</translation>
    </message>
    <message>
        <source>For example: every day at 09:00 and 21:00</source>
        <translation>Par exemple&#xa0;: tous les jours à 9 h et à 21 h</translation>
    </message>
    <message>
        <source>Check-in channel</source>
        <translation>Moyen pour donner des nouvelles</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>How long to wait before acting, in minutes</source>
        <translation>Temps d&apos;attente avant d&apos;agir, en minutes</translation>
    </message>
    <message>
        <source>Check-in &amp;contact:</source>
        <translation>&amp;Personne à qui donner des nouvelles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Moyen&#xa0;:</translation>
    </message>
    <message>
        <source>Wait &amp;before acting:</source>
        <translation>A&amp;ttendre avant d&apos;agir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;If a check-in is missed, in this order:</source>
        <translation>&amp;Si les nouvelles n&apos;arrivent pas, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>Après (minutes)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <source>Steps when a check-in is missed</source>
        <translation>Étapes si les nouvelles n&apos;arrivent pas</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove this step</source>
        <translation>&amp;Retirer cette étape</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Monter l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Descendre l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Retirer l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Who acts at step %1</source>
        <translation>Qui agit à l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Call number %1</source>
        <translation>Position %1 dans l&apos;ordre d&apos;appel</translation>
    </message>
    <message>
        <source>No way to reach them is written down.</source>
        <translation>Aucun moyen de contact n&apos;est noté.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>What a PDF you share shows instead of the name, so the real name stays with you. For example: Lawyer A, or Friend in the capital.</source>
        <translation>Ce qu&apos;un PDF que vous partagez affiche à la place du nom, pour que le vrai nom reste avec vous. Par exemple&#xa0;: Avocat A, ou Amie dans la capitale.</translation>
    </message>
    <message>
        <source>Shown instead of the name in shared documents</source>
        <translation>Affiché à la place du nom dans les documents partagés</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Personne ou organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>For example: Arabic, French</source>
        <translation>Par exemple&#xa0;: arabe, français</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>For example: weekdays 9 to 18, any time</source>
        <translation>Par exemple&#xa0;: en semaine de 9 h à 18 h, à toute heure</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>Place dans l&apos;ordre d&apos;appel</translation>
    </message>
    <message>
        <source>Not in the call order</source>
        <translation>Pas dans l&apos;ordre d&apos;appel</translation>
    </message>
    <message>
        <source>1 is called first in an emergency; leave it at none to keep them off the list.</source>
        <translation>Le n°&#xa0;1 est appelé en premier en cas d&apos;urgence&#xa0;; laissez «&#xa0;Pas dans l&apos;ordre d&apos;appel&#xa0;» pour garder ce contact hors de la liste.</translation>
    </message>
    <message>
        <source>Documents this contact may receive</source>
        <translation>Documents que ce contact peut recevoir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>The last day you checked that these details still reach this person.</source>
        <translation>Le dernier jour où vous avez vérifié que ces coordonnées permettent toujours de joindre cette personne.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Set last verified to today</source>
        <translation>Mettre la dernière vérification à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Ways to reac&amp;h:</source>
        <translation>Moyens de &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Lan&amp;gues&#xa0;:</translation>
    </message>
    <message>
        <source>Availa&amp;bility:</source>
        <translation>&amp;Disponibilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Call order:</source>
        <translation>&amp;Ordre d&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;May receive:</source>
        <translation>&amp;Peut recevoir&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Dernière &amp;vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Please write the contact&apos;s name first.</source>
        <translation>Veuillez d&apos;abord écrire le nom du contact.</translation>
    </message>
    <message>
        <source>The last verified date is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>La date de dernière vérification n&apos;est pas une date valide&#xa0;; écrivez-la sous la forme YYYY-MM-DD, par exemple 2025-03-14.</translation>
    </message>
</context>
<context>
    <name>ContactTreeEditor</name>
    <message>
        <source>The people to call, in this order, when something happens. The first person calls the next, and so on, so no one has to reach everyone.</source>
        <translation>Les personnes à appeler, dans cet ordre, quand il se passe quelque chose. La première appelle la suivante, et ainsi de suite&#xa0;: personne n&apos;a besoin de joindre tout le monde.</translation>
    </message>
    <message>
        <source>&amp;Call in this order:</source>
        <translation>&amp;Appeler dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Contact tree, in calling order</source>
        <translation>Chaîne d&apos;appels, dans l&apos;ordre d&apos;appel</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove from the tree</source>
        <translation>&amp;Retirer de la chaîne</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Monter le contact sélectionné</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Descendre le contact sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected contact from the tree</source>
        <translation>Retirer le contact sélectionné de la chaîne</translation>
    </message>
    <message>
        <source>Add a &amp;contact:</source>
        <translation>Ajouter un &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact to add to the tree</source>
        <translation>Contact à ajouter à la chaîne</translation>
    </message>
    <message>
        <source>&amp;Add to the tree</source>
        <translation>A&amp;jouter à la chaîne</translation>
    </message>
    <message>
        <source>Add the chosen contact to the tree</source>
        <translation>Ajouter le contact choisi à la chaîne</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Call order</source>
        <translation>Ordre d&apos;appel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Rechercher des contacts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Who to call &amp;first</source>
        <translation>Qui appeler en &amp;premier</translation>
    </message>
    <message>
        <source>Show who to call first, in order</source>
        <translation>Afficher qui appeler en premier, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>&amp;Print the emergency card…</source>
        <translation>&amp;Imprimer la fiche d&apos;urgence…</translation>
    </message>
    <message>
        <source>Make a printable PDF card of who to call first</source>
        <translation>Créer une fiche PDF imprimable indiquant qui appeler en premier</translation>
    </message>
</context>
<context>
    <name>CreateView</name>
    <message>
        <source>&lt;h2&gt;Create your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Créez votre journal&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you write is encrypted with your passphrase. No one, not even the makers of HR Journal, can reset a forgotten passphrase: the recovery secret shown next is the only other way in.</source>
        <translation>Tout ce que vous écrivez est chiffré avec votre phrase de passe. Personne, pas même les créateurs de HR Journal, ne peut réinitialiser une phrase de passe oubliée&#xa0;: le secret de récupération affiché ensuite est le seul autre moyen d&apos;ouvrir le journal.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase de passe</translation>
    </message>
    <message>
        <source>Tie the journal to this computer</source>
        <translation>Lier le journal à cet ordinateur</translation>
    </message>
    <message>
        <source>A copy of the journal folder taken to another computer then cannot be opened with the passphrase alone. The recovery secret still opens it anywhere.</source>
        <translation>Une copie du dossier du journal emportée sur un autre ordinateur ne pourra alors plus être ouverte avec la seule phrase de passe. Le secret de récupération l&apos;ouvre toujours, sur n&apos;importe quel ordinateur.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>Création du journal</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>&amp;Créer le journal</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Create again to use it anyway.</source>
        <translation>Cette phrase de passe serait facile à deviner pour quelqu&apos;un qui prendrait votre ordinateur portable. Ajoutez quelques mots sans rapport entre eux, ou cliquez de nouveau sur Créer le journal pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Création du journal…</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chain of custody of the selected file</source>
        <translation>Chaîne de traçabilité du fichier sélectionné</translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message>
        <source>Unsaved edits kept</source>
        <translation>Modifications non enregistrées conservées</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Les restaurer</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Throw them away</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Throw the unsaved edits away</source>
        <translation>Supprimer les modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>The journal locked while %n record(s) had unsaved edits; they were kept.</source>
        <translation>
            <numerusform>Le journal s&apos;est verrouillé alors que %n fiche avait des modifications non enregistrées&#xa0;; elles ont été conservées.</numerusform>
            <numerusform>Le journal s&apos;est verrouillé alors que %n fiches avaient des modifications non enregistrées&#xa0;; elles ont été conservées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Retirer la phrase de passe sous contrainte</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>Définir une phrase de passe sous contrainte</translation>
    </message>
    <message>
        <source>If someone forces you to unlock, type the duress passphrase: the journal seems to open normally but is empty, and your real journal is destroyed for good.</source>
        <translation>Si quelqu&apos;un vous force à déverrouiller, tapez la phrase de passe sous contrainte&#xa0;: le journal semble s&apos;ouvrir normalement mais il est vide, et votre vrai journal est détruit pour de bon.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase de passe sous contrainte</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Confirmation de la phrase de passe sous contrainte</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Message sur la phrase de passe sous contrainte</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>Phrase sous &amp;contrainte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Set it</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Type the duress passphrase you want.</source>
        <translation>Tapez la phrase de passe sous contrainte que vous souhaitez.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Les deux phrases de passe sous contrainte ne sont pas identiques.</translation>
    </message>
    <message>
        <source>There is no duress passphrase now.</source>
        <translation>Il n&apos;y a désormais aucune phrase de passe sous contrainte.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>La phrase de passe sous contrainte est définie.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>Travail en cours… cela prend un instant.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Who to call first, in order</source>
        <translation>Qui appeler en premier, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No one has a place in the call order yet. Open a contact and give them a number under Call order to see them here.</source>
        <translation>Personne n&apos;a encore de place dans l&apos;ordre d&apos;appel. Ouvrez un contact et donnez-lui un numéro dans Ordre d&apos;appel pour le voir ici.</translation>
    </message>
</context>
<context>
    <name>ExportRegister</name>
    <message>
        <source>Files made from this journal</source>
        <translation>Fichiers créés à partir de ce journal</translation>
    </message>
    <message>
        <source>Every PDF and JSON file made from this journal. The panic wipe overwrites and deletes each of them; delete one yourself as soon as it has served.</source>
        <translation>Chaque fichier PDF et JSON créé à partir de ce journal. L&apos;effacement d&apos;urgence les écrase et les supprime tous&#xa0;; supprimez vous-même un fichier dès qu&apos;il a servi.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Supprimer maintenant…</translation>
    </message>
    <message>
        <source>Overwrite and delete the selected file</source>
        <translation>Écraser puis supprimer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the list of files again</source>
        <translation>Relire la liste des fichiers</translation>
    </message>
    <message>
        <source>Export register message</source>
        <translation>Message du registre des exports</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>À partager</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <source>Overwrite and delete %1? This cannot be undone.</source>
        <translation>Écraser puis supprimer %1&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Overwrite and &amp;delete</source>
        <translation>Écraser et &amp;supprimer</translation>
    </message>
    <message>
        <source>Overwrote and deleted %1.</source>
        <translation>%1 a été écrasé puis supprimé.</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <source>Take everything out</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>A JSON export is NOT encrypted: anyone who finds the file can read every incident, contact and plan in it. Save it only to an encrypted drive, and delete it when you no longer need it.</source>
        <translation>Un export JSON n&apos;est PAS chiffré&#xa0;: toute personne qui trouve le fichier peut lire chaque incident, contact et plan qu&apos;il contient. Enregistrez-le uniquement sur un disque chiffré, et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;Exporter tout en JSON…</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exporter tout en JSON</translation>
    </message>
    <message>
        <source>Bring records in</source>
        <translation>Importer des fiches</translation>
    </message>
    <message>
        <source>Import adds the contacts, incidents, plans and attachments of an HR Journal JSON file. If anything in the file is wrong, nothing is added.</source>
        <translation>L&apos;import ajoute les contacts, incidents, plans et pièces jointes d&apos;un fichier JSON de HR Journal. Si une partie du fichier est incorrecte, rien n&apos;est ajouté.</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importer depuis un fichier JSON…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>Importer depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Export and import message</source>
        <translation>Message d&apos;export et d&apos;import</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importer depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n export(s) older than %1 days.</source>
        <translation>
            <numerusform>%n export datant de plus de %1 jours a été supprimé.</numerusform>
            <numerusform>%n exports datant de plus de %1 jours ont été supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old export(s): %1</source>
        <translation>
            <numerusform>Impossible de supprimer %n ancien export&#xa0;: %1</numerusform>
            <numerusform>Impossible de supprimer %n anciens exports&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Saved &amp;content of the selected revision</source>
        <translation>&amp;Contenu enregistré de la version sélectionnée</translation>
    </message>
    <message>
        <source>Saved content of the selected revision</source>
        <translation>Contenu enregistré de la version sélectionnée</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Message de l&apos;historique</translation>
    </message>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>L&apos;historique commence au premier enregistrement de la fiche.</translation>
    </message>
    <message>
        <source>The history will show when HR Journal is done.</source>
        <translation>L&apos;historique s&apos;affichera quand HR Journal aura terminé.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>Premier enregistrement</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>Enregistrement sans modification</translation>
    </message>
    <message>
        <source>The record was deleted in this revision.</source>
        <translation>La fiche a été supprimée dans cette version.</translation>
    </message>
</context>
<context>
    <name>IncidentCount</name>
    <message>
        <source>1 incident</source>
        <translation>1 incident</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Enregistrer l&apos;incident</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>Enregistrer l&apos;incident (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the incident a title before saving; a few words will do.</source>
        <translation>Donnez un titre à l&apos;incident avant de l&apos;enregistrer&#xa0;; quelques mots suffisent.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as 19.4326; it is now “%2”.</source>
        <translation>%1 doit être un nombre comme 19.4326&#xa0;; la valeur actuelle est «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Ce qui s&apos;est &amp;passé</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>Perso&amp;nnes</translation>
    </message>
    <message>
        <source>S&amp;ources and actions</source>
        <translation>&amp;Sources et actions</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Pr&amp;euves</translation>
    </message>
    <message>
        <source>&amp;Assessment and notes</source>
        <translation>É&amp;valuation et notes</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Given when you first save</source>
        <translation>Attribuée au premier enregistrement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Still &amp;going on</source>
        <translation>Toujours en c&amp;ours</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Mots pour le retrouver, séparés par des virgules</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Types d&apos;incident</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What happened, in order: who, what, when, where, how.</source>
        <translation>Ce qui s&apos;est passé, dans l&apos;ordre&#xa0;: qui, quoi, quand, où, comment.</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Incident t&amp;ypes</source>
        <translation>T&amp;ypes d&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Ville ou localité</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>Détails du lieu</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>P&amp;ays</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>Town or ci&amp;ty</source>
        <translation>Ville ou locali&amp;té</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Kind of place</source>
        <translation>T&amp;ype de lieu</translation>
    </message>
    <message>
        <source>Latit&amp;ude</source>
        <translation>Latit&amp;ude</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>Coordinates are optional. They are never put in exported reports unless you choose to include them.</source>
        <translation>Les coordonnées sont facultatives. Elles ne figurent jamais dans les rapports exportés, sauf si vous choisissez de les inclure.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>What it changed for you, your work, your family or others.</source>
        <translation>Ce que cela a changé pour vous, votre travail, votre famille ou d&apos;autres personnes.</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators</source>
        <translation>&amp;Auteurs</translation>
    </message>
    <message>
        <source>People a&amp;ffected</source>
        <translation>Personnes &amp;touchées</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>Sou&amp;rces: how you know</source>
        <translation>Sou&amp;rces&#xa0;: comment vous le savez</translation>
    </message>
    <message>
        <source>Ac&amp;tions taken</source>
        <translation>Actions &amp;menées</translation>
    </message>
    <message>
        <source>Related i&amp;ncidents</source>
        <translation>&amp;Incidents liés</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Qui est derrière</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>What is known for certain.</source>
        <translation>Ce que l&apos;on sait avec certitude.</translation>
    </message>
    <message>
        <source>Is it part of a series? Is it escalating?</source>
        <translation>Cela fait-il partie d&apos;une série&#xa0;? Y a-t-il une escalade&#xa0;?</translation>
    </message>
    <message>
        <source>What do they want to achieve?</source>
        <translation>Que cherchent-ils à obtenir&#xa0;?</translation>
    </message>
    <message>
        <source>Who may be behind it, and why.</source>
        <translation>Qui peut être derrière, et pourquoi.</translation>
    </message>
    <message>
        <source>Could they carry out the threat?</source>
        <translation>Pourraient-ils mettre la menace à exécution&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Faits</translation>
    </message>
    <message>
        <source>Pa&amp;ttern</source>
        <translation>Schém&amp;a</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>O&amp;bjectif</translation>
    </message>
    <message>
        <source>Who is behin&amp;d it</source>
        <translation>Qui est &amp;derrière</translation>
    </message>
    <message>
        <source>F&amp;easibility</source>
        <translation>Fa&amp;isabilité</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Évaluation de la menace</translation>
    </message>
    <message>
        <source>P&amp;rivate notes (only for you)</source>
        <translation>Notes p&amp;rivées (pour vous seul)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Who may see each part when you share a report. Restricted parts go only to people you trust; confidential parts stay with you unless you choose otherwise.</source>
        <translation>Qui peut voir chaque partie lorsque vous partagez un rapport. Les parties restreintes ne vont qu&apos;aux personnes de confiance&#xa0;; les parties confidentielles restent avec vous, sauf si vous en décidez autrement.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F)</source>
        <translation>Rechercher des incidents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par mot-clé</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>À partir de la date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Jusqu&apos;à la date</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tout &amp;afficher</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Make a PDF report of the open incident</source>
        <translation>Créer un rapport PDF de l&apos;incident ouvert</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation>Ré&amp;sumé…</translation>
    </message>
    <message>
        <source>Make a PDF summary of the incidents in the list</source>
        <translation>Créer un résumé PDF des incidents de la liste</translation>
    </message>
    <message>
        <source>No incident matches the filters: there is nothing to sum up.</source>
        <translation>Aucun incident ne correspond aux filtres&#xa0;: il n&apos;y a rien à résumer.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Mot-clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Happened on or after %1</source>
        <translation>Survenu le %1 ou après</translation>
    </message>
    <message>
        <source>Happened on or before %1</source>
        <translation>Survenu le %1 ou avant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
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
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 n&apos;est pas une date&#xa0;; écrivez-la sous la forme YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No incident matches.</source>
        <translation>Aucun incident ne correspond.</translation>
    </message>
</context>
<context>
    <name>InterventionsTable</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Contact lié</translation>
    </message>
    <message>
        <source>Told or asked</source>
        <translation>Informé ou sollicité</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>Actions taken, row %1: %2</source>
        <translation>Actions menées, ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Annuler le travail en cours</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Verrouiller le journal (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Verrouiller le journal</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Working… The journal is busy for a moment.</source>
        <translation>Travail en cours… Le journal est occupé pour un instant.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>HR Journal</source>
        <translation>HR Journal</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Le journal est verrouillé.</translation>
    </message>
    <message>
        <source>HR Journal hit an internal error (%1) and locked the journal; please report it.</source>
        <translation>HR Journal a rencontré une erreur interne (%1) et a verrouillé le journal ; merci de la signaler.</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in %1 seconds.</source>
        <translation>Copié&#xa0;; effacé du presse-papiers dans %1 secondes.</translation>
    </message>
    <message>
        <source>Please wait a moment: HR Journal is working.</source>
        <translation>Veuillez patienter un instant&#xa0;: HR Journal travaille.</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Panic wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the journal and its exports</source>
        <translation>Effacement d&apos;urgence&#xa0;: détruire le journal et ses exports</translation>
    </message>
    <message>
        <source>Destroy the journal and every file exported from it, after a short countdown you can stop (Ctrl+Shift+Del).</source>
        <translation>Détruit le journal et chaque fichier exporté à partir de lui, après un court compte à rebours que vous pouvez arrêter (Ctrl+Shift+Del).</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Panic wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Panic wipe countdown</source>
        <translation>Compte à rebours de l&apos;effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Time before the wipe</source>
        <translation>Temps avant l&apos;effacement</translation>
    </message>
    <message>
        <source>Press any key or click to cancel.</source>
        <translation>Appuyez sur n&apos;importe quelle touche ou cliquez pour annuler.</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>Annuler l&apos;effacement</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the journal in %n…</source>
        <translation>
            <numerusform>Effacement du journal dans %n seconde…</numerusform>
            <numerusform>Effacement du journal dans %n secondes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicSettings</name>
    <message>
        <source>In an emergency</source>
        <translation>En cas d&apos;urgence</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>Panic countdown in seconds</source>
        <translation>Compte à rebours de l&apos;effacement d&apos;urgence, en secondes</translation>
    </message>
    <message>
        <source>After the panic button or Ctrl+Shift+Del, the seconds left to cancel the wipe by pressing any key.</source>
        <translation>Après le bouton d&apos;effacement d&apos;urgence ou Ctrl+Shift+Del, les secondes dont vous disposez pour annuler l&apos;effacement en appuyant sur n&apos;importe quelle touche.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Wipe the journal after this many wrong passphrases</source>
        <translation>Effacer le journal après ce nombre de phrases de passe erronées</translation>
    </message>
    <message>
        <source>The count of wrong passphrases is kept beside the journal, unencrypted; a wipe cannot be undone.</source>
        <translation>Le nombre de phrases de passe erronées est conservé à côté du journal, sans chiffrement&#xa0;; un effacement est irréversible.</translation>
    </message>
    <message>
        <source>Save e&amp;mergency settings</source>
        <translation>Enregistrer les réglages d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Emergency settings message</source>
        <translation>Message des réglages d&apos;urgence</translation>
    </message>
    <message>
        <source>Set a &amp;duress passphrase…</source>
        <translation>Définir une phrase de passe sous &amp;contrainte…</translation>
    </message>
    <message>
        <source>Remove the duress passphrase…</source>
        <translation>Retirer la phrase de passe sous contrainte…</translation>
    </message>
    <message>
        <source>&amp;Practise a wipe…</source>
        <translation>&amp;S&apos;exercer à l&apos;effacement…</translation>
    </message>
    <message>
        <source>Panic cou&amp;ntdown:</source>
        <translation>Compte à &amp;rebours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wipe after wrong passphrases:</source>
        <translation>&amp;Effacer après des phrases erronées&#xa0;:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>The system refused (%1).</source>
        <translation>Le système a refusé (%1).</translation>
    </message>
</context>
<context>
    <name>PartialDateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Write what you know: a year (2024), a month (2024-03), a day (2024-03-05), or a day and time (2024-03-05T14:30).</source>
        <translation>Écrivez ce que vous savez&#xa0;: une année (2024), un mois (2024-03), un jour (2024-03-05), ou un jour et une heure (2024-03-05T14:30).</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1&#xa0;: degré de certitude</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>&lt;h2&gt;Patterns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tendances&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you record incidents with a start date or a type, this page shows when they happened and what kinds they were.</source>
        <translation>Rien à afficher pour l&apos;instant. Dès que vous enregistrez des incidents avec une date de début ou un type, cette page montre quand ils se sont produits et de quels types ils sont.</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>Pas encore de tendances</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Incidents par type</translation>
    </message>
    <message>
        <source>Click a mark to open the incident. Hollow marks are incidents known only to the month or year, placed in the middle of that time.</source>
        <translation>Cliquez sur un repère pour ouvrir l&apos;incident. Les repères vides sont des incidents datés seulement au mois ou à l&apos;année, placés au milieu de cette période.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Incidents by &amp;month</source>
        <translation>Incidents par &amp;mois</translation>
    </message>
    <message>
        <source>Incidents dated only to a year are not counted here.</source>
        <translation>Les incidents datés seulement à l&apos;année ne sont pas comptés ici.</translation>
    </message>
    <message>
        <source>Incidents by t&amp;ype</source>
        <translation>Incidents par t&amp;ype</translation>
    </message>
    <message>
        <source>An incident of several types is counted under each.</source>
        <translation>Un incident de plusieurs types est compté dans chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>1 incident has a start date.</source>
        <translation>1 incident a une date de début.</translation>
    </message>
    <message>
        <source>%1 have a start date.</source>
        <translation>%1 ont une date de début.</translation>
    </message>
    <message>
        <source>One of them is dated only to a year.</source>
        <translation>L&apos;un d&apos;eux n&apos;est daté qu&apos;à l&apos;année.</translation>
    </message>
    <message>
        <source>%1 of them are dated only to a year.</source>
        <translation>%1 d&apos;entre eux ne sont datés qu&apos;à l&apos;année.</translation>
    </message>
    <message>
        <source>The busiest months had %1 each; there were %2 of them.</source>
        <translation>Les mois les plus chargés comptaient %1 chacun&#xa0;; il y en a eu %2.</translation>
    </message>
    <message>
        <source>The busiest month was %1, with %2.</source>
        <translation>Le mois le plus chargé a été %1, avec %2.</translation>
    </message>
    <message>
        <source>The busiest months were %1, with %2 each.</source>
        <translation>Les mois les plus chargés ont été %1, avec %2 chacun.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Incidents without a start date are not on the timeline.</source>
        <translation>Les incidents sans date de début ne figurent pas sur la chronologie.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsTable</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Degré d&apos;implication</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Contact lié</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Comment identifié</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source>Me (the keeper of this journal)</source>
        <translation>Moi (la personne qui tient ce journal)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Review reminder</source>
        <translation>Rappel de révision</translation>
    </message>
    <message>
        <source>Problem with this plan</source>
        <translation>Problème avec ce plan</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Parties du plan</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>Enregistrer le plan de sécurité</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>À propos de ce plan</translation>
    </message>
    <message>
        <source>Each risk is scored likelihood times impact, each from 1 (very low) to 5 (very high). The risk level follows from the score.</source>
        <translation>Le score de chaque risque est la probabilité multipliée par l&apos;impact, chacun noté de 1 (très faible) à 5 (très élevé). Le niveau de risque découle du score.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocole de prise de nouvelles</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Chaîne d&apos;appels</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registre des révisions</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>Whose plan this is</source>
        <translation>À qui appartient ce plan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Dernière révision le</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Prochaine révision le</translation>
    </message>
    <message>
        <source>When to review the plan sooner</source>
        <translation>Quand réviser le plan plus tôt</translation>
    </message>
    <message>
        <source>Events that mean this plan must be read again, such as a new threat.</source>
        <translation>Les événements qui obligent à relire ce plan, comme une nouvelle menace.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;Dernière révision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>Prochai&amp;ne révision&#xa0;:</translation>
    </message>
    <message>
        <source>Review soone&amp;r if:</source>
        <translation>Réviser plus tôt &amp;si&#xa0;:</translation>
    </message>
    <message>
        <source>These kept edits could not be read back.</source>
        <translation>Ces modifications conservées n&apos;ont pas pu être relues.</translation>
    </message>
    <message>
        <source>Give the plan a title before saving it.</source>
        <translation>Donnez un titre au plan avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The last review date</source>
        <translation>La date de dernière révision</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>La date de prochaine révision</translation>
    </message>
    <message>
        <source>%1 is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1 n&apos;est pas une date valide&#xa0;; écrivez-la sous la forme YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This plan was due for review on %1. Read it through, change what is no longer true and add a line to the review log.</source>
        <translation>Ce plan devait être révisé le %1. Relisez-le en entier, modifiez ce qui n&apos;est plus vrai et ajoutez une ligne au registre des révisions.</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (à revoir)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
    <message>
        <source>New safety plan from the chosen template</source>
        <translation>Nouveau plan de sécurité à partir du modèle choisi</translation>
    </message>
    <message>
        <source>Template for a new plan</source>
        <translation>Modèle pour un nouveau plan</translation>
    </message>
    <message>
        <source>New plans start from:</source>
        <translation>Les nouveaux plans partent de&#xa0;:</translation>
    </message>
    <message>
        <source>Review reminder</source>
        <translation>Rappel de révision</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Make a PDF of the open safety plan</source>
        <translation>Créer un PDF du plan de sécurité ouvert</translation>
    </message>
    <message>
        <source>Time to review: %1. Plans work only while they match your situation.</source>
        <translation>Il est temps de réviser&#xa0;: %1. Un plan n&apos;est utile que s&apos;il correspond à votre situation.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Certaines de vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Throw them away</source>
        <translation>&amp;Les supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Créer une nouvelle fiche (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Supprimer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>List message</source>
        <translation>Message de la liste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this record and empty its history? This cannot be undone.</source>
        <translation>Supprimer cette fiche et vider son historique&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Supprimer la fiche</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation>Retirer la ligne choisie de %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>&lt;h2&gt;Write down your recovery secret&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Notez votre secret de récupération&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>It opens the journal if you forget your passphrase. It is shown only now. Write it on paper and keep it away from this computer.</source>
        <translation>Il ouvre le journal si vous oubliez votre phrase de passe. Il n&apos;est affiché que maintenant. Écrivez-le sur papier et conservez-le loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Secret de récupération</translation>
    </message>
    <message>
        <source>The group of the recovery secret asked for</source>
        <translation>Le groupe demandé du secret de récupération</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>When it is written down, type group %1 of %2 from your paper:</source>
        <translation>Une fois le secret noté, tapez le groupe %1 sur %2 figurant sur votre papier&#xa0;:</translation>
    </message>
    <message>
        <source>That is not group %1; check your paper.</source>
        <translation>Ce n&apos;est pas le groupe %1&#xa0;; vérifiez votre papier.</translation>
    </message>
</context>
<context>
    <name>RelatedIncidentsTable</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>Incidents liés</translation>
    </message>
    <message>
        <source>Choose the incident and how it is related in row %1 of Related incidents, or remove that row.</source>
        <translation>Choisissez l&apos;incident et le type de lien à la ligne %1 du tableau Incidents liés, ou supprimez cette ligne.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>What the report is about</source>
        <translation>Sujet du rapport</translation>
    </message>
    <message>
        <source>Show &amp;images of the evidence</source>
        <translation>Afficher les &amp;images des preuves</translation>
    </message>
    <message>
        <source>Show images of the evidence</source>
        <translation>Afficher les images des preuves</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Message du rapport</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Enregistrer le rapport dans un fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the report window</source>
        <translation>Fermer la fenêtre du rapport</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Rapport d&apos;incident</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Résumé des incidents</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Fiche des contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>The people in your call order, and how to reach them.</source>
        <translation>Les personnes de votre ordre d&apos;appel, et comment les joindre.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>All the incidents in the journal.</source>
        <translation>Tous les incidents du journal.</translation>
    </message>
    <message>
        <source>The incidents chosen by: %1</source>
        <translation>Les incidents choisis selon&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>Pour qui est cette copie&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Share (redacted, for other people)</source>
        <translation>Pour p&amp;artager (caviardée, pour d&apos;autres personnes)</translation>
    </message>
    <message>
        <source>Share: redacted, for other people</source>
        <translation>Pour partager&#xa0;: caviardée, pour d&apos;autres personnes</translation>
    </message>
    <message>
        <source>&amp;Full (everything, for yourself)</source>
        <translation>&amp;Complète (tout, pour vous-même)</translation>
    </message>
    <message>
        <source>Full: everything, for yourself</source>
        <translation>Complète&#xa0;: tout, pour vous-même</translation>
    </message>
    <message>
        <source>A safety plan is only made in full: it tells whoever reads it when you would be missed and what you would do. Protect it with a password.</source>
        <translation>Un plan de sécurité n&apos;est créé qu&apos;en version complète&#xa0;: il indique à qui le lit quand votre absence serait remarquée et ce que vous feriez. Protégez-le par un mot de passe.</translation>
    </message>
    <message>
        <source>Why a safety plan is only made in full</source>
        <translation>Pourquoi un plan de sécurité n&apos;est créé qu&apos;en version complète</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>Ce que cette copie omet</translation>
    </message>
    <message>
        <source>What is kept as you wrote it</source>
        <translation>Ce qui reste tel que vous l&apos;avez écrit</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Protéger le PDF par un mot de passe</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Protéger le PDF par un mot de passe</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Confirmation du mot de passe du PDF</translation>
    </message>
    <message>
        <source>The password is never stored. Give it to the reader another way than the file: in person, by phone or in a different app.</source>
        <translation>Le mot de passe n&apos;est jamais enregistré. Transmettez-le au lecteur autrement que le fichier&#xa0;: en personne, par téléphone ou dans une autre application.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>À propos du mot de passe</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Message sur le mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Confirmatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Names of people and organisations: their aliases are shown instead.</source>
        <translation>Les noms des personnes et des organisations&#xa0;: leurs alias apparaissent à la place.</translation>
    </message>
    <message>
        <source>Sources and witnesses.</source>
        <translation>Les sources et les témoins.</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Les notes privées.</translation>
    </message>
    <message>
        <source>The threat assessment.</source>
        <translation>L&apos;évaluation de la menace.</translation>
    </message>
    <message>
        <source>Phone numbers, addresses, accounts and fingerprints.</source>
        <translation>Les numéros de téléphone, adresses, comptes et empreintes de clés.</translation>
    </message>
    <message>
        <source>Map coordinates.</source>
        <translation>Les coordonnées géographiques.</translation>
    </message>
    <message>
        <source>Place details: only the town and the country are kept.</source>
        <translation>Le détail des lieux&#xa0;: seuls la ville et le pays sont conservés.</translation>
    </message>
    <message>
        <source>The original names of evidence files.</source>
        <translation>Les noms d&apos;origine des fichiers de preuve.</translation>
    </message>
    <message>
        <source>The custody log of evidence.</source>
        <translation>Le registre de traçabilité des preuves.</translation>
    </message>
    <message>
        <source>Every part of an incident marked confidential.</source>
        <translation>Toute partie d&apos;un incident marquée comme confidentielle.</translation>
    </message>
    <message>
        <source>The whole plan: a safety plan is only exported in full.</source>
        <translation>Le plan entier&#xa0;: un plan de sécurité n&apos;est exporté qu&apos;en version complète.</translation>
    </message>
    <message>
        <source>Notes about contacts.</source>
        <translation>Les notes sur les contacts.</translation>
    </message>
    <message>
        <source>Text you wrote yourself (titles, descriptions, plan sections) is kept as written: read it for names before you share.</source>
        <translation>Le texte que vous avez écrit vous-même (titres, descriptions, sections du plan) est conservé tel quel&#xa0;: relisez-le pour y repérer des noms avant de partager.</translation>
    </message>
    <message>
        <source>Nothing is removed: this copy holds every detail, names and contact details included.</source>
        <translation>Rien n&apos;est retiré&#xa0;: cette copie contient tous les détails, y compris les noms et les coordonnées.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>A PDF password needs at least %1 characters; a short one is guessed in minutes.</source>
        <translation>Un mot de passe de PDF doit compter au moins %1 caractères&#xa0;; un mot de passe court se devine en quelques minutes.</translation>
    </message>
    <message>
        <source>Matching a search (its words are left out of shared copies)</source>
        <translation>Correspondant à une recherche (ses mots sont omis des copies à partager)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 existe déjà. Le remplacer par ce rapport&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Saved %1 (%2). It is in the export register; the panic wipe will destroy it.</source>
        <translation>%1 enregistré (%2). Il figure dans le registre des exports&#xa0;; l&apos;effacement d&apos;urgence le détruira.</translation>
    </message>
    <message>
        <source>It has no password: anyone who gets the file can read it.</source>
        <translation>Il n&apos;a pas de mot de passe&#xa0;: toute personne qui obtient le fichier peut le lire.</translation>
    </message>
</context>
<context>
    <name>ReviewLogEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Révisé par</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registre des révisions</translation>
    </message>
    <message>
        <source>&amp;Add a review</source>
        <translation>&amp;Ajouter une révision</translation>
    </message>
    <message>
        <source>Add a review dated today</source>
        <translation>Ajouter une révision datée d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Remove this review</source>
        <translation>&amp;Retirer cette révision</translation>
    </message>
    <message>
        <source>Remove the selected review</source>
        <translation>Retirer la révision sélectionnée</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Probabilité (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Impact (1-5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Who or what is behind it</source>
        <translation>Qui ou quoi en est à l&apos;origine</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si cela se produit</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>&amp;Ajouter un risque</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>&amp;Remove this risk</source>
        <translation>&amp;Retirer ce risque</translation>
    </message>
    <message>
        <source>Remove the selected risk</source>
        <translation>Retirer le risque sélectionné</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Verrouiller quand la fenêtre est réduite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translation>Effacer le texte copié après ce nombre de secondes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Delete exports after this many days</source>
        <translation>Supprimer les exports après ce nombre de jours</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, PDF and JSON files made from it longer ago than this are overwritten and deleted.</source>
        <translation>À chaque déverrouillage du journal, les fichiers PDF et JSON créés à partir de lui depuis plus longtemps que cette durée sont écrasés puis supprimés.</translation>
    </message>
    <message>
        <source>Screenshots and screen sharing leave HR Journal&apos;s windows out.</source>
        <translation>Les captures d&apos;écran et le partage d&apos;écran excluent les fenêtres de HR Journal.</translation>
    </message>
    <message>
        <source>This system cannot keep HR Journal&apos;s windows out of screenshots or screen sharing; lock the journal before sharing your screen.</source>
        <translation>Ce système ne peut pas exclure les fenêtres de HR Journal des captures d&apos;écran ni du partage d&apos;écran&#xa0;; verrouillez le journal avant de partager votre écran.</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Save the protection settings</source>
        <translation>Enregistrer les paramètres de protection</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after:</source>
        <translation>Effacer le texte &amp;copié après&#xa0;:</translation>
    </message>
    <message>
        <source>Delete &amp;exports after (days):</source>
        <translation>Supprimer les &amp;exports après (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Language and discretion</source>
        <translation>Langue et discrétion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Discreet mode: a neutral window title and icon</source>
        <translation>Mode discret&#xa0;: titre de fenêtre et icône neutres</translation>
    </message>
    <message>
        <source>Save &amp;language and discretion</source>
        <translation>Enregistrer la langue et la &amp;discrétion</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase or recovery secret</source>
        <translation>Phrase de passe actuelle ou secret de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmation de la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Message sur la phrase de passe</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of HR Journal.</source>
        <translation>Enregistré. La nouvelle langue sera utilisée au prochain démarrage de HR Journal.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Change again to use it anyway.</source>
        <translation>Cette phrase de passe serait facile à deviner pour quelqu&apos;un qui prendrait votre ordinateur. Ajoutez quelques mots sans rapport entre eux, ou cliquez de nouveau sur Modifier pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
    <message>
        <source>The passphrase is changed; use the new one from now on.</source>
        <translation>La phrase de passe a été changée&#xa0;; utilisez désormais la nouvelle.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Linked contact</source>
        <translation>Contact lié</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Lien avec les faits</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>Très faible&#xa0;: facile à deviner</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>Faible&#xa0;: ajoutez des mots</translation>
    </message>
    <message>
        <source>Fair: one or two more words would help</source>
        <translation>Moyenne&#xa0;: un ou deux mots de plus l&apos;amélioreraient</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>Chronologie des incidents</translation>
    </message>
    <message>
        <source>1 incident: %1. Press Enter to open it.</source>
        <translation>1 incident&#xa0;: %1. Appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3. Use the arrow keys to go from one to the next.</source>
        <translation>%1, de %2 à %3. Utilisez les touches fléchées pour passer de l&apos;un à l&apos;autre.</translation>
    </message>
    <message>
        <source>Selected: %1. Press Enter to open it.</source>
        <translation>Sélectionné&#xa0;: %1. Appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>&lt;h2&gt;Unlock your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Déverrouillez votre journal&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your passphrase, or your recovery secret:</source>
        <translation>Votre phrase de passe, ou votre secret de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase or recovery secret</source>
        <translation>Phrase de passe ou secret de récupération</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>WipeRehearsal</name>
    <message>
        <source>Practise a wipe</source>
        <translation>S&apos;exercer à l&apos;effacement</translation>
    </message>
    <message>
        <source>This is only a practice: nothing is destroyed. A real panic wipe would destroy the following.</source>
        <translation>Ce n&apos;est qu&apos;un exercice&#xa0;: rien n&apos;est détruit. Un véritable effacement d&apos;urgence détruirait ce qui suit.</translation>
    </message>
    <message>
        <source>What a panic wipe would destroy</source>
        <translation>Ce que détruirait un effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the practice</source>
        <translation>Fermer l&apos;exercice</translation>
    </message>
    <message>
        <source>Looking at the journal&apos;s files…</source>
        <translation>Examen des fichiers du journal…</translation>
    </message>
    <message>
        <source>First the journal&apos;s key: from that moment nothing of the journal can be opened, not even with the passphrase or the recovery secret.</source>
        <translation>D&apos;abord la clé du journal&#xa0;: dès cet instant, plus rien du journal ne peut être ouvert, même avec la phrase de passe ou le secret de récupération.</translation>
    </message>
    <message>
        <source>Then the secret in the system keyring that ties the journal to this computer.</source>
        <translation>Puis le secret, conservé dans le trousseau du système, qui lie le journal à cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Then the exported files (%n):</source>
        <translation>
            <numerusform>Puis le fichier exporté (%n)&#xa0;:</numerusform>
            <numerusform>Puis les fichiers exportés (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>déjà disparu</translation>
    </message>
    <message numerus="yes">
        <source>Then the journal&apos;s own files (%n):</source>
        <translation>
            <numerusform>Puis le fichier du journal lui-même (%n)&#xa0;:</numerusform>
            <numerusform>Puis les fichiers du journal lui-même (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would leave these alone, although the export register names them (%n):</source>
        <translation>
            <numerusform>Il laisserait ceci intact, bien que le registre des exports le nomme (%n)&#xa0;:</numerusform>
            <numerusform>Il laisserait ceux-ci intacts, bien que le registre des exports les nomme (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>Au total&#xa0;: %1.</translation>
    </message>
    <message>
        <source>How long the rest would take could not be measured here.</source>
        <translation>Le temps nécessaire pour le reste n&apos;a pas pu être mesuré ici.</translation>
    </message>
    <message>
        <source>Destroying the key takes well under a second; everything would be gone in about %1 seconds.</source>
        <translation>Détruire la clé prend bien moins d&apos;une seconde&#xa0;; tout aurait disparu en %1 secondes environ.</translation>
    </message>
</context>
<context>
    <name>WipeReportWindow</name>
    <message>
        <source>Panic wipe</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Panic wipe report</source>
        <translation>Rapport de l&apos;effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Wiping the journal…</source>
        <translation>Effacement du journal…</translation>
    </message>
    <message>
        <source>Wipe status</source>
        <translation>État de l&apos;effacement</translation>
    </message>
    <message>
        <source>Wipe progress</source>
        <translation>Progression de l&apos;effacement</translation>
    </message>
    <message>
        <source>What the wipe did</source>
        <translation>Ce qu&apos;a fait l&apos;effacement</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close HR Journal</source>
        <translation>Fermer HR Journal</translation>
    </message>
    <message>
        <source>The wipe is over, but some files could not be destroyed: they are listed below.</source>
        <translation>L&apos;effacement est terminé, mais certains fichiers n&apos;ont pas pu être détruits&#xa0;: ils sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>There was no journal here to wipe.</source>
        <translation>Il n&apos;y avait ici aucun journal à effacer.</translation>
    </message>
    <message>
        <source>The journal is wiped.</source>
        <translation>Le journal est effacé.</translation>
    </message>
    <message>
        <source>The wipe could not finish.</source>
        <translation>L&apos;effacement n&apos;a pas pu aller jusqu&apos;au bout.</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>île Bouvet</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l&apos;océan Indien</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>îles Caïmans</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Christmas, Île</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Cocos (Keeling), Îles</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>République du Congo</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>îles Cook</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée Équatoriale</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Malouines, Îles (Falkland)</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>îles Féroé</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groënland</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Saint-Siège (état de la cité du Vatican)</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Micronésie, États fédérés de</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Birmanie</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Nioue</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>île Norfolk</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Palestine, État de</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Russie, Fédération de</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion, Île de la</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sainte-Hélène, Ascension et Tristan da Cunha</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (partie française)</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomon, Îles</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud et les îles Sandwich du Sud</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard et île Jan Mayen</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Vénézuela</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Îles Vierges, États-Unis</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis et Futuna</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Åland, Îles</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>Après (minutes)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Révisé par</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Prise de nouvelles</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Lien avec les faits</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Chaîne d&apos;appels</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>Contexte et acteurs</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Si cela se produit</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Étapes si les nouvelles n&apos;arrivent pas</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Numéro de sécurité ou empreinte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Grace period (minutes)</source>
        <translation>Temps d&apos;attente avant d&apos;agir (minutes)</translation>
    </message>
    <message>
        <source>How exact the start date is</source>
        <translation>Degré de certitude de la date de début</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Comment identifié</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>En cas de détention</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Types d&apos;incident</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Degré d&apos;implication</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ville ou localité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Informé ou sollicité</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>Place dans l&apos;ordre d&apos;appel</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Incidents liés</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registre des révisions</translation>
    </message>
    <message>
        <source>Review triggers</source>
        <translation>Quand réviser le plan plus tôt</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Plans de sécurité</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Quand vous donnez des nouvelles</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Parties du plan</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Qui ou quoi en est à l&apos;origine</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Évaluation de la menace</translation>
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
        <source>Value</source>
        <translation>Numéro ou adresse</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>What they may receive</source>
        <translation>Documents que ce contact peut recevoir</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Qui est derrière</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocole de prise de nouvelles</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>En cas de détention</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>Plan de sécurité personnel</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>Plan de sécurité pour un déplacement</translation>
    </message>
    <message>
        <source>Use this before a trip to a risky area or abroad, such as a field visit, a hearing or a conference.</source>
        <translation>Utilisez ce modèle avant un déplacement dans une zone à risque ou à l&apos;étranger, par exemple une visite de terrain, une audience ou une conférence.</translation>
    </message>
    <message>
        <source>Use this for one overall plan for your own safety: your work, home, devices, health and the people who depend on you.</source>
        <translation>Utilisez ce modèle pour un plan global de votre propre sécurité&#xa0;: votre travail, votre domicile, vos appareils, votre santé et les personnes qui dépendent de vous.</translation>
    </message>
    <message>
        <source>Use this to agree regular check-ins with a trusted person, and exactly what they do if you miss one.</source>
        <translation>Utilisez ce modèle pour convenir avec une personne de confiance des moments où vous lui donnez des nouvelles, et de ce qu&apos;elle fait exactement si vous ne le faites pas.</translation>
    </message>
    <message>
        <source>Use this to prepare for arrest or detention, so you and the people around you know what to do before, during and after.</source>
        <translation>Utilisez ce modèle pour vous préparer à une arrestation ou à une détention, afin que vous et votre entourage sachiez quoi faire avant, pendant et après.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Abduction or kidnapping</source>
        <translation>Enlèvement ou kidnapping</translation>
    </message>
    <message>
        <source>Account taken over</source>
        <translation>Compte piraté</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Quasi certain</translation>
    </message>
    <message>
        <source>Armed opposition</source>
        <translation>Opposition armée</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arrestation</translation>
    </message>
    <message>
        <source>Assault or beating</source>
        <translation>Agression ou passage à tabac</translation>
    </message>
    <message>
        <source>Attempted killing</source>
        <translation>Tentative de meurtre</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Enregistrement audio</translation>
    </message>
    <message>
        <source>Being watched or followed</source>
        <translation>Être observé ou suivi</translation>
    </message>
    <message>
        <source>Border or checkpoint</source>
        <translation>Frontière ou point de contrôle</translation>
    </message>
    <message>
        <source>Business or company</source>
        <translation>Entreprise ou société</translation>
    </message>
    <message>
        <source>Carried it out</source>
        <translation>A commis les faits</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>Censure</translation>
    </message>
    <message>
        <source>Charges or prosecution</source>
        <translation>Inculpation ou poursuites</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>Membre de la communauté</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>Confiscation</translation>
    </message>
    <message>
        <source>Consequence of</source>
        <translation>Conséquence de</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>Contexte et acteurs</translation>
    </message>
    <message>
        <source>Continuity and family</source>
        <translation>Continuité et famille</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Courts (judiciary)</source>
        <translation>Tribunaux (pouvoir judiciaire)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Crowd or mob</source>
        <translation>Foule ou attroupement</translation>
    </message>
    <message>
        <source>Day unknown</source>
        <translation>Jour inconnu</translation>
    </message>
    <message>
        <source>Death threat</source>
        <translation>Menace de mort</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>Diffamation</translation>
    </message>
    <message>
        <source>Denied a lawyer or legal help</source>
        <translation>Refus d&apos;avocat ou d&apos;aide juridique</translation>
    </message>
    <message>
        <source>Deprivation of liberty</source>
        <translation>Privation de liberté</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>Copie dérivée</translation>
    </message>
    <message>
        <source>Detention or imprisonment</source>
        <translation>Détention ou emprisonnement</translation>
    </message>
    <message>
        <source>Digital attack</source>
        <translation>Attaque numérique</translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation>Sécurité numérique</translation>
    </message>
    <message>
        <source>Digital security helpline</source>
        <translation>Ligne d&apos;assistance en sécurité numérique</translation>
    </message>
    <message>
        <source>Digital surveillance</source>
        <translation>Surveillance numérique</translation>
    </message>
    <message>
        <source>Diplomatic contact</source>
        <translation>Contact diplomatique</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Embassy or diplomat</source>
        <translation>Ambassade ou diplomate</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Carte d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d&apos;urgence</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Encrypted email (PGP)</source>
        <translation>E-mail chiffré (PGP)</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Disparition forcée</translation>
    </message>
    <message>
        <source>Estimated date</source>
        <translation>Date estimée</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Expulsion forcée</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Date exacte</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>Exil</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Expression and association</source>
        <translation>Expression et association</translation>
    </message>
    <message>
        <source>Failed to protect</source>
        <translation>N&apos;a pas protégé</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Membre de la famille</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Liberté de circulation</translation>
    </message>
    <message>
        <source>Full incident report</source>
        <translation>Rapport d&apos;incident complet</translation>
    </message>
    <message>
        <source>Gave the order</source>
        <translation>A donné l&apos;ordre</translation>
    </message>
    <message>
        <source>Government (executive)</source>
        <translation>Gouvernement (pouvoir exécutif)</translation>
    </message>
    <message>
        <source>Group or organisation banned</source>
        <translation>Interdiction d&apos;un groupe ou d&apos;une organisation</translation>
    </message>
    <message>
        <source>Happened after</source>
        <translation>S&apos;est produit après</translation>
    </message>
    <message>
        <source>Happened before</source>
        <translation>S&apos;est produit avant</translation>
    </message>
    <message>
        <source>Heard from others</source>
        <translation>L&apos;a appris par d&apos;autres</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Home, office and travel</source>
        <translation>Domicile, bureau et déplacements</translation>
    </message>
    <message>
        <source>House arrest</source>
        <translation>Assignation à résidence</translation>
    </message>
    <message>
        <source>How and when you check in with trusted people, and what happens if you do not.</source>
        <translation>Comment et quand vous donnez des nouvelles à des personnes de confiance, et ce qui se passe si vous ne le faites pas.</translation>
    </message>
    <message>
        <source>How you look after your body and mind under stress.</source>
        <translation>Comment vous prenez soin de votre corps et de votre esprit face au stress.</translation>
    </message>
    <message>
        <source>How you protect your phone, computer, accounts and data.</source>
        <translation>Comment vous protégez votre téléphone, votre ordinateur, vos comptes et vos données.</translation>
    </message>
    <message>
        <source>How you stay safer at home, at work and when moving around.</source>
        <translation>Comment vous restez plus en sécurité chez vous, au travail et lors de vos déplacements.</translation>
    </message>
    <message>
        <source>If I am detained</source>
        <translation>En cas de détention</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Usurpation d&apos;identité</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Résumé d&apos;incident</translation>
    </message>
    <message>
        <source>Intelligence or secret service</source>
        <translation>Renseignement ou services secrets</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Harcèlement judiciaire</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Legal action</source>
        <translation>Action en justice</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Malware or spyware</source>
        <translation>Logiciel malveillant ou espion</translation>
    </message>
    <message>
        <source>Media or journalist</source>
        <translation>Média ou journaliste</translation>
    </message>
    <message>
        <source>Media or publicity</source>
        <translation>Médias ou publicité</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Meeting or protest banned</source>
        <translation>Interdiction de réunion ou de manifestation</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Month and day unknown</source>
        <translation>Mois et jour inconnus</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Article ou reportage de presse</translation>
    </message>
    <message>
        <source>Non-state armed or organised group</source>
        <translation>Groupe armé ou organisé non étatique</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>Fermeture de bureau</translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation>Bureau ou lieu de travail</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Source officielle</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Document officiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Harcèlement en ligne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Parliament (legislative)</source>
        <translation>Parlement (pouvoir législatif)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Personal details published (doxxing)</source>
        <translation>Données personnelles publiées (doxxing)</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Hameçonnage (phishing)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Phone or computer seized</source>
        <translation>Téléphone ou ordinateur saisi</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Agression physique</translation>
    </message>
    <message>
        <source>Planned it</source>
        <translation>A planifié les faits</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Poste de police</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Prison or detention centre</source>
        <translation>Prison ou centre de détention</translation>
    </message>
    <message>
        <source>Private individuals</source>
        <translation>Particuliers</translation>
    </message>
    <message>
        <source>Private security guards</source>
        <translation>Agents de sécurité privés</translation>
    </message>
    <message>
        <source>Pro-government group</source>
        <translation>Groupe progouvernemental</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>Organisation de protection</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Soutien psychosocial</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Public event or meeting</source>
        <translation>Événement public ou réunion</translation>
    </message>
    <message>
        <source>Raid or search</source>
        <translation>Descente ou perquisition</translation>
    </message>
    <message>
        <source>Raids and property</source>
        <translation>Perquisitions et biens</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de récupération</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Caviardé</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Proche parent</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Relocalisation</translation>
    </message>
    <message>
        <source>Request for protection</source>
        <translation>Demande de protection</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Saw it happen</source>
        <translation>A vu les faits</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Harcèlement sexuel</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>Campagne de dénigrement</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>Publication sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Spoken lies (slander)</source>
        <translation>Propos mensongers (calomnie)</translation>
    </message>
    <message>
        <source>Stalking or being followed</source>
        <translation>Harcèlement obsessionnel ou filature</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Rue ou lieu public</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Surveillance of the organisation</source>
        <translation>Surveillance de l&apos;organisation</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Suspecté</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Theft or looting</source>
        <translation>Vol ou pillage</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Threats and harassment</source>
        <translation>Menaces et harcèlement</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Torture</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>Interdiction de voyager</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>UN or regional body</source>
        <translation>ONU ou organisme régional</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>Procès inéquitable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Appel urgent</translation>
    </message>
    <message>
        <source>Vandalism or damage</source>
        <translation>Vandalisme ou dégradations</translation>
    </message>
    <message>
        <source>Vehicle or transport</source>
        <translation>Véhicule ou transport</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Was present</source>
        <translation>Était présent</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Website attacked</source>
        <translation>Site web attaqué</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>What to do, and who to alert, if you are arrested or taken.</source>
        <translation>Que faire, et qui prévenir, si vous êtes arrêté ou enlevé.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where you can go and how to get there if you must leave quickly.</source>
        <translation>Où vous pouvez aller, et comment vous y rendre, si vous devez partir vite.</translation>
    </message>
    <message>
        <source>Who and what puts you at risk, and who can help.</source>
        <translation>Qui et quoi vous met en danger, et qui peut vous aider.</translation>
    </message>
    <message>
        <source>Who takes care of your work and your family if you cannot.</source>
        <translation>Qui s&apos;occupe de votre travail et de votre famille si vous ne le pouvez pas.</translation>
    </message>
    <message>
        <source>Written lies (libel)</source>
        <translation>Écrits mensongers (diffamation écrite)</translation>
    </message>
</context>
</TS>
