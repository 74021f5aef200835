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
    <name>BackupDialog</name>
    <message>
        <source>Back up the journal</source>
        <translation>Sauvegarder le journal</translation>
    </message>
    <message>
        <source>A backup is the whole journal in one encrypted file; keep it away from this laptop. Your passphrase is needed to seal it.</source>
        <translation>Une sauvegarde est le journal entier dans un seul fichier chiffré&#xa0;; gardez-la loin de cet ordinateur. Votre phrase de passe est nécessaire pour la sceller.</translation>
    </message>
    <message>
        <source>The backup always opens with your recovery secret; a backup passphrase lets it open without it too.</source>
        <translation>La sauvegarde s&apos;ouvre toujours avec votre secret de récupération&#xa0;; une phrase de passe de sauvegarde permet aussi de l&apos;ouvrir sans lui.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <source>Backup passphrase, if you want one</source>
        <translation>Phrase de passe de la sauvegarde, si vous en voulez une</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Confirmation de la phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Message de sauvegarde</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase (optional):</source>
        <translation>Phrase de passe de la &amp;sauvegarde (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>&amp;Enregistrer la sauvegarde…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Choisir où enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>HR Journal backups (*.hrjb)</source>
        <translation>Sauvegardes HR Journal (*.hrjb)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Les deux phrases de passe de la sauvegarde ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The journal is backed up to %1 (%2); keep that file safe, away from this laptop.</source>
        <translation>Le journal est sauvegardé dans %1 (%2)&#xa0;; gardez ce fichier en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backing up… a large journal can take a minute.</source>
        <translation>Sauvegarde en cours… un gros journal peut prendre une minute.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>When the last backup was made</source>
        <translation>Date de la dernière sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Back up the journal…</source>
        <translation>&amp;Sauvegarder le journal…</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Sauvegarder le journal</translation>
    </message>
    <message>
        <source>Save the whole journal in one encrypted file, to keep away from this laptop.</source>
        <translation>Enregistrer le journal entier dans un seul fichier chiffré, à garder loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Dernière sauvegarde&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>You have no backup yet; make one on the Exports screen.</source>
        <translation>Vous n&apos;avez encore aucune sauvegarde&#xa0;; faites-en une dans l&apos;écran Exports.</translation>
    </message>
    <message>
        <source>Your last backup is a day old; make one on the Exports screen.</source>
        <translation>Votre dernière sauvegarde date d&apos;un jour&#xa0;; faites-en une dans l&apos;écran Exports.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old; make one on the Exports screen.</source>
        <translation>
            <numerusform>Votre dernière sauvegarde date de %n jour&#xa0;; faites-en une dans l&apos;écran Exports.</numerusform>
            <numerusform>Votre dernière sauvegarde date de %n jours&#xa0;; faites-en une dans l&apos;écran Exports.</numerusform>
        </translation>
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
        <source>Every file made from this journal: PDF reports and cards, JSON and Uwazi exports, and backups. The panic wipe overwrites and deletes each one it can reach; delete one yourself as soon as it has served.</source>
        <translation>Chaque fichier créé à partir de ce journal&#xa0;: rapports et fiches PDF, exports JSON et Uwazi, et sauvegardes. L&apos;effacement d&apos;urgence écrase et supprime tous ceux qu&apos;il peut atteindre&#xa0;; supprimez vous-même un fichier dès qu&apos;il a servi.</translation>
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
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Fermer l&apos;aide</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help page</source>
        <translation>Page d&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the previous help page</source>
        <translation>Revenir à la page d&apos;aide précédente</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>All help topics</source>
        <translation>Tous les sujets d&apos;aide</translation>
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
        <source>Help</source>
        <translation>Aide</translation>
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
        <source>A PDF password can be at most %1 bytes long (about 60 letters of a non-Latin script), or some readers will not open the PDF.</source>
        <translation>Un mot de passe de PDF peut compter au plus %1 octets (environ 60 lettres d&apos;un alphabet non latin) ; sinon, certains lecteurs n&apos;ouvriront pas le PDF.</translation>
    </message>
    <message>
        <source>This PDF password holds a character that PDF readers do not all read alike (an invisible or unusual character or space); choose another.</source>
        <translation>Ce mot de passe de PDF contient un caractère que tous les lecteurs de PDF ne lisent pas de la même façon (un caractère ou une espace invisible ou inhabituel) ; choisissez-en un autre.</translation>
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
        <source>Remind me to back up after this many days</source>
        <translation>Me rappeler de sauvegarder après ce nombre de jours</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, HR Journal says so if the last backup is older than this, or if there is none yet.</source>
        <translation>À chaque déverrouillage du journal, HR Journal vous prévient si la dernière sauvegarde est plus ancienne que cela, ou s&apos;il n&apos;y en a encore aucune.</translation>
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
        <source>Remind me to &amp;back up after (days):</source>
        <translation>Rappeler de &amp;sauvegarder après (jours)&#xa0;:</translation>
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
        <source>Share the recovery secret with &amp;trusted contacts…</source>
        <translation>Partager le secret de récupération avec des con&amp;tacts de confiance…</translation>
    </message>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>Partager le secret de récupération avec des contacts de confiance</translation>
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
    <name>ShareCardsDialog</name>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>Partager le secret de récupération avec des contacts de confiance</translation>
    </message>
    <message>
        <source>Making the cards</source>
        <translation>Création des fiches</translation>
    </message>
    <message>
        <source>Share cards message</source>
        <translation>Message sur les fiches de parts</translation>
    </message>
    <message>
        <source>&amp;Make the cards</source>
        <translation>&amp;Créer les fiches</translation>
    </message>
    <message>
        <source>Make the share cards</source>
        <translation>Créer les fiches de parts</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <source>Keepers of the cards</source>
        <translation>Gardiens des fiches</translation>
    </message>
    <message>
        <source>Check each contact who keeps one card; the cards are numbered in this order.</source>
        <translation>Cochez chaque contact qui gardera une fiche&#xa0;; les fiches sont numérotées dans cet ordre.</translation>
    </message>
    <message>
        <source>Cards needed to rebuild the recovery secret</source>
        <translation>Fiches nécessaires pour reconstituer le secret de récupération</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Langue des fiches</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Dossier des fiches</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder for the cards</source>
        <translation>Choisir le dossier des fiches</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>&amp;Gardiens&#xa0;:</translation>
    </message>
    <message>
        <source>Cards &amp;needed:</source>
        <translation>Fiches &amp;nécessaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;Langue des fiches&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>This makes a NEW recovery secret: the one you wrote down stops working. Each card goes to one keeper; any %1 of them rebuild it.</source>
        <translation>Ceci crée un NOUVEAU secret de récupération&#xa0;: celui que vous avez noté cesse de fonctionner. Chaque fiche va à un gardien&#xa0;; %1 d&apos;entre elles, quelles qu&apos;elles soient, suffisent à le reconstituer.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Check at least two contacts to keep the cards.</source>
        <translation>Cochez au moins deux contacts pour garder les fiches.</translation>
    </message>
    <message>
        <source>At most %1 cards can be made; check fewer contacts.</source>
        <translation>On peut créer au plus %1 fiches&#xa0;; cochez moins de contacts.</translation>
    </message>
    <message>
        <source>Choose the folder for the cards first.</source>
        <translation>Choisissez d&apos;abord le dossier des fiches.</translation>
    </message>
    <message numerus="yes">
        <source>The cards are in %1 (%n of them): print each one, hand it to its keeper in person, then delete the files on the Exports screen.</source>
        <translation>
            <numerusform>Les fiches sont dans %1 (%n au total)&#xa0;: imprimez chacune, remettez-la en main propre à son gardien, puis supprimez les fichiers dans l&apos;écran Exports.</numerusform>
            <numerusform>Les fiches sont dans %1 (%n au total)&#xa0;: imprimez chacune, remettez-la en main propre à son gardien, puis supprimez les fichiers dans l&apos;écran Exports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cards… this takes a moment.</source>
        <translation>Création des fiches… cela prend un instant.</translation>
    </message>
</context>
<context>
    <name>SharesRecoveryDialog</name>
    <message>
        <source>Set a new passphrase with recovery shares</source>
        <translation>Définir une nouvelle phrase de passe avec les parts de récupération</translation>
    </message>
    <message>
        <source>Type the words of each card you have from your trusted contacts, as printed, separated by spaces. The cards say how many of them are needed.</source>
        <translation>Tapez les mots de chaque fiche que vous avez reçue de vos contacts de confiance, tels qu&apos;ils sont imprimés, séparés par des espaces. Les fiches indiquent combien il en faut.</translation>
    </message>
    <message>
        <source>&amp;Add another share</source>
        <translation>&amp;Ajouter une autre part</translation>
    </message>
    <message>
        <source>Add a box for another share</source>
        <translation>Ajouter une case pour une autre part</translation>
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
        <source>Setting the new passphrase</source>
        <translation>Définition de la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Recovery shares message</source>
        <translation>Message sur les parts de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Nouvelle &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Confirmatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Définir la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Set the new passphrase with these shares</source>
        <translation>Définir la nouvelle phrase de passe avec ces parts</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Share %1:</source>
        <translation>Part %1&#xa0;:</translation>
    </message>
    <message>
        <source>Type the words of your shares first.</source>
        <translation>Tapez d&apos;abord les mots de vos parts.</translation>
    </message>
    <message>
        <source>Type the new passphrase you want.</source>
        <translation>Tapez la nouvelle phrase de passe que vous voulez.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Set again to use it anyway.</source>
        <translation>Cette phrase de passe serait facile à deviner pour quelqu&apos;un qui prendrait votre ordinateur. Ajoutez quelques mots sans rapport entre eux, ou cliquez de nouveau sur Définir pour l&apos;utiliser quand même.</translation>
    </message>
    <message>
        <source>The new passphrase is set; unlock with it now.</source>
        <translation>La nouvelle phrase de passe est définie&#xa0;; déverrouillez avec elle maintenant.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>Travail en cours… cela prend un instant.</translation>
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
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING JOURNAL: every record here is fictional. Never enter real information in it.</source>
        <translation>JOURNAL DE FORMATION&#xa0;: tout ce qu&apos;il contient est fictif. N&apos;y saisissez jamais d&apos;informations réelles.</translation>
    </message>
    <message>
        <source>Training journal</source>
        <translation>Journal de formation</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open the help</source>
        <translation>Ouvrir l&apos;aide</translation>
    </message>
    <message>
        <source>How HR Journal works, without the internet (F1)</source>
        <translation>Comment fonctionne HR Journal, sans Internet (F1)</translation>
    </message>
    <message>
        <source>Lost your passphrase? Use recovery &amp;shares…</source>
        <translation>Phrase de passe perdue&#xa0;? Utilisez les &amp;parts de récupération…</translation>
    </message>
    <message>
        <source>Lost your passphrase? Set a new one with recovery shares</source>
        <translation>Phrase de passe perdue&#xa0;? Définissez-en une nouvelle avec les parts de récupération</translation>
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
        <source>The journal&apos;s key was destroyed after %1 s: the journal can no longer be opened, not even with the passphrase or the recovery secret.</source>
        <translation>La clé du journal a été détruite au bout de %1&#xa0;s&#xa0;: le journal ne peut plus être ouvert, même avec la phrase de passe ou le secret de récupération.</translation>
    </message>
    <message>
        <source>The journal&apos;s key could not be destroyed (see below): the journal can still be opened with the passphrase.</source>
        <translation>La clé du journal n&apos;a pas pu être détruite (voir ci-dessous)&#xa0;: le journal peut encore être ouvert avec la phrase de passe.</translation>
    </message>
    <message>
        <source>There was no key header to destroy here.</source>
        <translation>Il n&apos;y avait ici aucun fichier de clé à détruire.</translation>
    </message>
    <message>
        <source>Exported files destroyed: %1 of %2.</source>
        <translation>Fichiers exportés détruits&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Files of the journal destroyed: %1.</source>
        <translation>Fichiers du journal détruits&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation>Impossible de détruire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The wipe took %1 s.</source>
        <translation>L&apos;effacement a duré %1&#xa0;s.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>le fichier est en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>not destroyed: a folder that is not an export&apos;s</source>
        <translation>non détruit&#xa0;: un dossier qui n&apos;appartient pas à un export</translation>
    </message>
    <message>
        <source>not destroyed: a file that belongs to another user</source>
        <translation>non détruit&#xa0;: un fichier qui appartient à un autre utilisateur</translation>
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
    <name>pdf</name>
    <message>
        <source>After {minutes} minutes</source>
        <translation>Après {minutes} min</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: for the people it was given to; do not forward or publish</source>
        <translation>CONFIDENTIEL&#xa0;: réservé aux personnes à qui il a été remis&#xa0;; ne pas transférer ni publier</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocole de prise de nouvelles</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Choisis selon</translation>
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
        <source>Contingency</source>
        <translation>Si cela se produit</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Fiche des contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence referenced</source>
        <translation>Preuves citées</translation>
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
        <source>For {name}</source>
        <translation>Pour {name}</translation>
    </message>
    <message>
        <source>Give the words only to the journal&apos;s owner, when they ask you in person or through the channel you agreed on. If anyone else asks, even in the owner&apos;s name, do not give them.</source>
        <translation>Ne donnez les mots qu&apos;à la personne propriétaire du journal, lorsqu&apos;elle vous les demande en personne ou par le moyen de communication convenu entre vous. Si quelqu&apos;un d&apos;autre les demande, même au nom de cette personne, ne les donnez pas.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Temps d&apos;attente avant d&apos;agir</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Comment identifié</translation>
    </message>
    <message>
        <source>How the owner uses the shares</source>
        <translation>Comment la personne propriétaire du journal utilise les parts</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>If a check-in is missed</source>
        <translation>Si les nouvelles n&apos;arrivent pas</translation>
    </message>
    <message>
        <source>If this page is lost, or someone else may have seen it, tell the owner: they can make new shares, and then this set stops working.</source>
        <translation>Si cette feuille est perdue, ou si quelqu&apos;un d&apos;autre a pu la voir, prévenez la personne propriétaire du journal&#xa0;: elle peut créer de nouvelles parts, et cet ensemble cesse alors de fonctionner.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>In the app: unlock with recovery shares, and type the words of each share.</source>
        <translation>Dans l&apos;application&#xa0;: choisir de déverrouiller avec les parts de récupération, puis taper les mots de chaque part.</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>Dans cet ordre</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
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
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <source>Interventions</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Degré d&apos;implication</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the journal&apos;s computer.</source>
        <translation>Conservez cette feuille dans un endroit sûr, à l&apos;abri des regards, loin de l&apos;ordinateur où se trouve le journal.</translation>
    </message>
    <message>
        <source>Keeping this share</source>
        <translation>Conserver cette part</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
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
        <source>Likelihood × impact</source>
        <translation>Probabilité × impact</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Me (the defender)</source>
        <translation>Moi (défenseur·e)</translation>
    </message>
    <message>
        <source>Never photograph, scan or copy it, and never type its words into a phone, a website or any other program.</source>
        <translation>Ne la photographiez pas, ne la scannez pas et ne la copiez pas, et ne tapez jamais ses mots dans un téléphone, sur un site web ou dans un autre programme.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>No contact has a call order or an emergency role.</source>
        <translation>Aucun contact n&apos;a de place dans l&apos;ordre d&apos;appel ni de rôle d&apos;urgence.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>Aucun incident daté.</translation>
    </message>
    <message>
        <source>No incident has a type.</source>
        <translation>Aucun incident n&apos;a de type.</translation>
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
        <source>On the command line: {command}</source>
        <translation>En ligne de commande&#xa0;: {command}</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Autres types</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
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
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>Profile: full (not redacted)</source>
        <translation>Copie&#xa0;: complète (non caviardée)</translation>
    </message>
    <message>
        <source>Profile: share (redacted)</source>
        <translation>Copie&#xa0;: à partager (caviardée)</translation>
    </message>
    <message>
        <source>Recovery share card</source>
        <translation>Fiche de part de récupération</translation>
    </message>
    <message>
        <source>Recovery share {number} of {count}</source>
        <translation>Part de récupération {number} sur {count}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>Incidents liés</translation>
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
        <source>Review when</source>
        <translation>Quand réviser le plan</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>Numéro de sécurité ou empreinte</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Safety plan, version {version}</source>
        <translation>Plan de sécurité, version {version}</translation>
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
        <source>TRAINING - FICTIONAL DATA</source>
        <translation>FORMATION - DONNÉES FICTIVES</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>The owner gathers any {threshold} shares, types their words into HR Journal and chooses a new passphrase for the journal.</source>
        <translation>La personne propriétaire du journal réunit {threshold} parts, n&apos;importe lesquelles, tape leurs mots dans HR Journal et choisit une nouvelle phrase de passe pour le journal.</translation>
    </message>
    <message>
        <source>The words are typed in this order. The first {common} words are the same on every share of this set; shares made at another time begin differently and cannot be mixed with these.</source>
        <translation>Les mots se tapent dans cet ordre. Les {common} premiers mots sont les mêmes sur toutes les parts de cet ensemble&#xa0;; les parts créées à un autre moment commencent autrement et ne peuvent pas être mélangées avec celles-ci.</translation>
    </message>
    <message>
        <source>The words of this share</source>
        <translation>Les mots de cette part</translation>
    </message>
    <message>
        <source>This page holds one of {count} shares of the recovery secret of an HR Journal journal. Any {threshold} of the shares together rebuild the recovery secret; fewer reveal nothing about it, and no share is of any use without the journal&apos;s own files.</source>
        <translation>Cette feuille contient l&apos;une des {count} parts du secret de récupération d&apos;un journal HR Journal. Il suffit de réunir {threshold} de ces parts, n&apos;importe lesquelles, pour reconstituer le secret de récupération&#xa0;; avec moins, on n&apos;apprend rien sur lui, et aucune part ne sert à quoi que ce soit sans les fichiers du journal lui-même.</translation>
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
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>Type et taille</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>When available</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Qui est derrière</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Qui appeler en premier</translation>
    </message>
    <message>
        <source>Who to check in with</source>
        <translation>Personne à qui donner des nouvelles</translation>
    </message>
    <message>
        <source>Who was told or asked</source>
        <translation>Qui a été informé ou sollicité</translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation>Qui, pour quand</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>créé le</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>de préférence</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>Incidents&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>- Carry on paper, and memorise, the number of [name of your lawyer] and of a local lawyer: [name].
- If you are abroad, ask to contact your embassy or consulate.
- Decide before you go what you will say if questioned. See the &apos;If detained&apos; template.</source>
        <translation>- Ayez sur vous, sur papier, et apprenez par cœur le numéro de [nom de votre avocat] et celui d&apos;un avocat local&#xa0;: [nom].
- Si vous êtes à l&apos;étranger, demandez à contacter votre ambassade ou votre consulat.
- Décidez avant de partir ce que vous direz si vous êtes interrogé. Voir le modèle «&#xa0;En cas de détention&#xa0;».</translation>
    </message>
    <message>
        <source>- Check-in contact at home: [name]. Backup: [name].
- Trusted local contact at the destination: [name].
- Give your check-in contact your route, where you sleep and, in safe form, whom you meet.
- Code word for &apos;in danger&apos;: [word]. Code phrase for &apos;cannot talk freely&apos;: [phrase].
- Check in when you leave, at each stop and when you arrive.
- Areas without signal: tell your contact in advance, and agree the latest time you will check in: [time].</source>
        <translation>- Personne à qui donner des nouvelles, chez vous&#xa0;: [nom]. En secours&#xa0;: [nom].
- Contact local de confiance à destination&#xa0;: [nom].
- Donnez à la personne à qui vous donnez des nouvelles votre itinéraire, le lieu où vous dormez et, sous une forme sûre, les personnes que vous rencontrez.
- Mot de code pour «&#xa0;en danger&#xa0;»&#xa0;: [mot]. Phrase de code pour «&#xa0;je ne peux pas parler librement&#xa0;»&#xa0;: [phrase].
- Donnez des nouvelles au départ, à chaque étape et à l&apos;arrivée.
- Zones sans réseau&#xa0;: prévenez votre contact à l&apos;avance et convenez de l&apos;heure limite à laquelle vous donnerez des nouvelles&#xa0;: [heure].</translation>
    </message>
    <message>
        <source>- Checking in every day can feel heavy, for you and your contact. Talk about it openly.
- Share the load: a backup contact lets the main one rest.
- Agree when the check-in period ends, and mark it.</source>
        <translation>- Donner des nouvelles chaque jour peut devenir pesant, pour vous comme pour votre contact. Parlez-en ouvertement.
- Partagez la charge&#xa0;: un contact de secours permet au contact principal de se reposer.
- Convenez du moment où la période de prise de nouvelles prend fin, et marquez-en clairement la fin.</translation>
    </message>
    <message>
        <source>- Detention is frightening. Fear, anger or numbness are normal reactions.
- In custody: keep a routine, eat and drink what you can, count the days, think of the people supporting you.
- After release: see a doctor and, if you wish, a counsellor: [name or service].
- Your family and colleagues also need support while you are held.
- Take time before returning to full work.</source>
        <translation>- La détention fait peur. La peur, la colère ou la sidération sont des réactions normales.
- En détention&#xa0;: gardez une routine, mangez et buvez ce que vous pouvez, comptez les jours, pensez aux personnes qui vous soutiennent.
- Après la libération&#xa0;: consultez un médecin et, si vous le souhaitez, un psychologue&#xa0;: [nom ou service].
- Votre famille et vos collègues ont eux aussi besoin de soutien pendant votre détention.
- Prenez du temps avant de reprendre pleinement le travail.</translation>
    </message>
    <message>
        <source>- If arrest seems close, or after release, could you or your family stay somewhere else for a while? [place], [person].
- Would leaving the city or country be an option? Talk to your lawyer first: leaving may break bail or release conditions.</source>
        <translation>- Si une arrestation semble proche, ou après une libération, pourriez-vous, vous ou votre famille, séjourner ailleurs pendant un temps&#xa0;? [lieu], [personne].
- Quitter la ville ou le pays serait-il envisageable&#xa0;? Parlez-en d&apos;abord à votre avocat&#xa0;: partir peut enfreindre les conditions d&apos;une libération sous caution ou d&apos;une remise en liberté.</translation>
    </message>
    <message>
        <source>- If the escalation reaches your lawyer, what should they do first? [instructions].
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- Si les étapes prévues vont jusqu&apos;à votre avocat, que doit-il faire en premier&#xa0;? [instructions].
- Pour un plan complet, utilisez le modèle «&#xa0;En cas de détention&#xa0;».</translation>
    </message>
    <message>
        <source>- If you send the danger code, where should your contact expect you to go? [safe place].
- Who can collect you from there? [name].</source>
        <translation>- Si vous envoyez le code de danger, où votre contact doit-il s&apos;attendre à ce que vous alliez&#xa0;? [lieu sûr].
- Qui peut venir vous chercher là-bas&#xa0;? [nom].</translation>
    </message>
    <message>
        <source>- List your devices: phone, laptop, tablet. Is each one locked with a strong PIN or passphrase, and encrypted?
- Are your system and apps up to date?
- Use a password manager, and two-step login on email and social media.
- Which accounts would hurt most if someone got into them? Secure those first.
- What sensitive data is on your phone? Delete what you do not need. Back up what you need, encrypted, in a place you control.
- Turn off location sharing. Check which apps can see your contacts and location.
- Who can help if you are hacked? [trusted tech person or digital security helpline].</source>
        <translation>- Faites la liste de vos appareils&#xa0;: téléphone, ordinateur portable, tablette. Chacun est-il verrouillé par un code PIN solide ou une phrase de passe, et chiffré&#xa0;?
- Votre système et vos applications sont-ils à jour&#xa0;?
- Utilisez un gestionnaire de mots de passe, et la validation en deux étapes pour vos e-mails et vos réseaux sociaux.
- Quels comptes vous nuiraient le plus si quelqu&apos;un y accédait&#xa0;? Sécurisez-les en premier.
- Quelles données sensibles se trouvent sur votre téléphone&#xa0;? Supprimez ce dont vous n&apos;avez pas besoin. Sauvegardez ce dont vous avez besoin, chiffré, dans un endroit que vous contrôlez.
- Désactivez le partage de position. Vérifiez quelles applications ont accès à vos contacts et à votre position.
- Qui peut vous aider en cas de piratage&#xa0;? [personne de confiance compétente en informatique ou ligne d&apos;assistance en sécurité numérique].</translation>
    </message>
    <message>
        <source>- Lock every device with a strong passphrase, not fingerprint or face. Turn on encryption.
- Keep little on your phone: delete old chats, photos and contacts you do not need. Use disappearing messages.
- Keep a list of your accounts so [name] can secure them: email, social media, cloud.
- If you are arrested, [name] changes shared passwords and signs out your sessions where possible.
- After release, do not trust returned devices. Have them checked or replace them. Change all passwords from a clean device.</source>
        <translation>- Verrouillez chaque appareil avec une phrase de passe solide, pas avec l&apos;empreinte digitale ni le visage. Activez le chiffrement.
- Gardez peu de choses sur votre téléphone&#xa0;: supprimez les anciennes conversations, photos et contacts dont vous n&apos;avez pas besoin. Utilisez les messages éphémères.
- Tenez une liste de vos comptes pour que [nom] puisse les sécuriser&#xa0;: e-mail, réseaux sociaux, cloud.
- Si vous êtes arrêté, [nom] change les mots de passe partagés et ferme vos sessions ouvertes lorsque c&apos;est possible.
- Après la libération, ne faites pas confiance aux appareils qui vous sont rendus. Faites-les vérifier ou remplacez-les. Changez tous les mots de passe depuis un appareil sain.</translation>
    </message>
    <message>
        <source>- Police may search your home or office. Keep sensitive papers and devices elsewhere, or locked away.
- In a search, ask to see the warrant, ask for a witness or your lawyer, and note everything taken.
- Keep copies of key documents away from home: [place].</source>
        <translation>- La police peut perquisitionner votre domicile ou votre bureau. Gardez les documents et appareils sensibles ailleurs, ou sous clé.
- Lors d&apos;une perquisition, demandez à voir le mandat, demandez la présence d&apos;un témoin ou de votre avocat, et notez tout ce qui est emporté.
- Conservez des copies des documents importants hors de chez vous&#xa0;: [lieu].</translation>
    </message>
    <message>
        <source>- Signs that mean you should leave home for a while. Example: a direct threat naming your address, a raid on a colleague.
- Where could you stay for a few days at short notice? [place], [person who would host you].
- How would you get there without being followed?
- Keep a small bag ready: ID, medicines, charger, cash, copies of key documents.
- Who looks after your home, pets or plants while you are away? [name].</source>
        <translation>- Les signes qui indiquent que vous devriez quitter votre domicile pendant un temps. Exemple&#xa0;: une menace directe mentionnant votre adresse, une perquisition chez un collègue.
- Où pourriez-vous séjourner quelques jours, au pied levé&#xa0;? [lieu], [personne qui vous hébergerait].
- Comment vous y rendre sans être suivi&#xa0;?
- Gardez un petit sac prêt&#xa0;: pièce d&apos;identité, médicaments, chargeur, argent liquide, copies des documents importants.
- Qui s&apos;occupe de votre domicile, de vos animaux ou de vos plantes pendant votre absence&#xa0;? [nom].</translation>
    </message>
    <message>
        <source>- Take only the devices you need. A clean travel phone or laptop is best.
- Before leaving: make an encrypted backup at home, then remove files, chats and photos you do not need on the trip.
- Log out of accounts you will not use. Remove apps that reveal your work or contacts.
- Lock devices with a strong passphrase. Turn off fingerprint and face unlock before borders and checkpoints.
- Check that disk encryption is on. Switch devices off before a crossing.
- Find out if officials here can demand your passwords. Decide now what you will do.
- Treat hotel and public Wi-Fi as watched. Use a VPN or Tor where it is safe and allowed.
- Keep this journal closed when you are not using it.
- If a device leaves your sight, treat it as compromised. Change passwords from a safe device and have it checked by [trusted tech person] before using it again.</source>
        <translation>- N&apos;emportez que les appareils dont vous avez besoin. L&apos;idéal est un téléphone ou un ordinateur portable de voyage, vierge.
- Avant de partir&#xa0;: faites une sauvegarde chiffrée chez vous, puis retirez les fichiers, conversations et photos dont vous n&apos;aurez pas besoin pendant le voyage.
- Déconnectez-vous des comptes que vous n&apos;utiliserez pas. Supprimez les applications qui révèlent votre travail ou vos contacts.
- Verrouillez vos appareils avec une phrase de passe solide. Désactivez le déverrouillage par empreinte digitale et par reconnaissance faciale avant les frontières et les points de contrôle.
- Vérifiez que le chiffrement du disque est activé. Éteignez vos appareils avant chaque passage.
- Renseignez-vous pour savoir si, sur place, les autorités peuvent exiger vos mots de passe. Décidez dès maintenant de ce que vous ferez.
- Considérez le Wi-Fi des hôtels et les Wi-Fi publics comme surveillés. Utilisez un VPN ou Tor là où c&apos;est sûr et autorisé.
- Gardez ce journal fermé quand vous ne l&apos;utilisez pas.
- Si un appareil quitte votre champ de vision, considérez-le comme compromis. Changez vos mots de passe depuis un appareil sûr et faites-le vérifier par [personne de confiance compétente en informatique] avant de le réutiliser.</translation>
    </message>
    <message>
        <source>- Travel is tiring. Plan time to sleep and rest.
- Meeting victims and witnesses can be upsetting. Who can you talk to afterwards? [name].
- Eat and drink regularly. Avoid alcohol in risky settings.
- After you return, take a day off before going back to full work.</source>
        <translation>- Les déplacements sont fatigants. Prévoyez du temps pour dormir et vous reposer.
- Rencontrer des victimes et des témoins peut être bouleversant. À qui pourrez-vous en parler ensuite&#xa0;? [nom].
- Mangez et buvez régulièrement. Évitez l&apos;alcool dans les situations à risque.
- À votre retour, prenez un jour de repos avant de reprendre pleinement le travail.</translation>
    </message>
    <message>
        <source>- Use an end-to-end encrypted app for check-ins, with disappearing messages on.
- Do not write exact locations in clear text. Agree simple names for places you visit often.
- Lock your phone with a passphrase. Check your contact&apos;s phone is locked too.</source>
        <translation>- Pour donner des nouvelles, utilisez une application chiffrée de bout en bout, avec les messages éphémères activés.
- N&apos;écrivez pas de lieux précis en clair. Convenez de noms simples pour les lieux où vous allez souvent.
- Verrouillez votre téléphone avec une phrase de passe. Vérifiez que le téléphone de votre contact est verrouillé lui aussi.</translation>
    </message>
    <message>
        <source>- Which family member should your contact call, and at what step? [name].
- What may they be told, and what not?
- Who cares for dependants if you do not come home? [name].</source>
        <translation>- Quel membre de votre famille votre contact doit-il appeler, et à quelle étape&#xa0;? [nom].
- Que peut-on lui dire, et que faut-il taire&#xa0;?
- Qui s&apos;occupe des personnes à votre charge si vous ne rentrez pas&#xa0;? [nom].</translation>
    </message>
    <message>
        <source>- Who at home knows your dates and how to reach your check-in contact? [name].
- Who cares for dependants while you are away? [name].
- Who can take over urgent work if you are delayed? [name].</source>
        <translation>- Qui, chez vous, connaît vos dates de voyage et sait comment joindre la personne à qui vous donnez des nouvelles&#xa0;? [nom].
- Qui s&apos;occupe des personnes à votre charge pendant votre absence&#xa0;? [nom].
- Qui peut reprendre le travail urgent si vous êtes retardé&#xa0;? [nom].</translation>
    </message>
    <message>
        <source>- Who could arrest you, and on what likely charges? Example: [police unit], for [charge used against others].
- What happened to others arrested recently: how long, where, how treated?
- Which laws are used against defenders here?
- Who helped others get released? Example: [lawyers], [networks], [embassies].</source>
        <translation>- Qui pourrait vous arrêter, et sous quels chefs d&apos;accusation probables&#xa0;? Exemple&#xa0;: [unité de police], pour [accusation utilisée contre d&apos;autres personnes].
- Qu&apos;est-il arrivé aux personnes arrêtées récemment&#xa0;: combien de temps, où, comment ont-elles été traitées&#xa0;?
- Quelles lois sont utilisées ici contre les défenseurs des droits humains&#xa0;?
- Qui a aidé d&apos;autres personnes à être libérées&#xa0;? Exemple&#xa0;: [avocats], [réseaux], [ambassades].</translation>
    </message>
    <message>
        <source>- Who depends on you? Children, parents, others.
- Who would care for them if you could not, for days or months? [name]. Have you asked them?
- Does your family know the basics of this plan, without details that would put them at risk?
- Where are key documents kept: IDs, birth certificates, property papers, power of attorney? [place].
- Who can take over urgent work, cases or files if you are away? [name].
- Who can reach money for rent and bills? Is there some emergency money set aside?</source>
        <translation>- Qui dépend de vous&#xa0;? Enfants, parents, autres personnes.
- Qui s&apos;occuperait d&apos;eux si vous ne le pouviez pas, pendant des jours ou des mois&#xa0;? [nom]. Le lui avez-vous demandé&#xa0;?
- Votre famille connaît-elle l&apos;essentiel de ce plan, sans les détails qui la mettraient en danger&#xa0;?
- Où sont conservés les documents importants&#xa0;: pièces d&apos;identité, actes de naissance, titres de propriété, procuration&#xa0;? [lieu].
- Qui peut reprendre le travail urgent, les affaires ou les dossiers en votre absence&#xa0;? [nom].
- Qui peut accéder à l&apos;argent pour le loyer et les factures&#xa0;? Avez-vous mis de l&apos;argent de côté pour les urgences&#xa0;?</translation>
    </message>
    <message>
        <source>- Why do you need check-ins now? Name the main threat and the time period. Example: during the trial of [case], because [actor] has threatened you.
- Who could harm you, and where are you most exposed? Example: on the way home, at hearings, in [area].</source>
        <translation>- Pourquoi avez-vous besoin de donner des nouvelles en ce moment&#xa0;? Nommez la menace principale et la période concernée. Exemple&#xa0;: pendant le procès [affaire], parce que [acteur] vous a menacé.
- Qui pourrait vous nuire, et où êtes-vous le plus exposé&#xa0;? Exemple&#xa0;: sur le chemin du retour, aux audiences, dans [quartier].</translation>
    </message>
    <message>
        <source>- Why this trip, and who could be unhappy about it? List people, groups, institutions at the destination and on the way.
- What happened recently to others who went there for similar work?
- Who there can protect or support you? Example: [local organisation], [community leader].</source>
        <translation>- Pourquoi ce déplacement, et qui pourrait en être mécontent&#xa0;? Faites la liste des personnes, groupes et institutions à destination et sur le trajet.
- Qu&apos;est-il arrivé récemment à d&apos;autres personnes venues là-bas pour un travail similaire&#xa0;?
- Qui, sur place, peut vous protéger ou vous soutenir&#xa0;? Exemple&#xa0;: [organisation locale], [responsable communautaire].</translation>
    </message>
    <message>
        <source>- Write down the places you go most often and the usual routes, so your contact knows where to start looking: [home], [office], [court].
- When travelling, check in at departure, at each stop and on arrival.</source>
        <translation>- Notez les lieux où vous allez le plus souvent et vos trajets habituels, pour que votre contact sache où commencer à chercher&#xa0;: [domicile], [bureau], [tribunal].
- En déplacement, donnez des nouvelles au départ, à chaque étape et à l&apos;arrivée.</translation>
    </message>
    <message>
        <source>- Your lawyer: [name of your lawyer], [how to reach them]. Memorise the number.
- Who is called first if you are arrested? [name].
- Your basic rights: to stay silent, to see a lawyer, to tell someone where you are, to medical care.
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- Votre avocat&#xa0;: [nom de votre avocat], [comment le joindre]. Apprenez le numéro par cœur.
- Qui est appelé en premier si vous êtes arrêté&#xa0;? [nom].
- Vos droits fondamentaux&#xa0;: garder le silence, voir un avocat, faire savoir à quelqu&apos;un où vous êtes, recevoir des soins médicaux.
- Pour un plan complet, utilisez le modèle «&#xa0;En cas de détention&#xa0;».</translation>
    </message>
    <message>
        <source>- Your two or three most trusted contacts: [name], [name]. Do they know they are in your plan?
- Which channel for what? Example: Signal for sensitive talk, normal calls for everyday matters.
- A code word that means &apos;I am in danger, act now&apos;: [word].
- A code phrase that means &apos;I cannot talk freely&apos;: [phrase].
- Who speaks to the press or the public if something happens to you? [name].
- Who should never be told the details of this plan?
- Keep a short list of key numbers on paper, in a safe place, in case your phone is taken.</source>
        <translation>- Vos deux ou trois contacts les plus fiables&#xa0;: [nom], [nom]. Savent-ils qu&apos;ils figurent dans votre plan&#xa0;?
- Quel moyen de communication pour quoi&#xa0;? Exemple&#xa0;: Signal pour les échanges sensibles, les appels ordinaires pour la vie quotidienne.
- Un mot de code qui signifie «&#xa0;je suis en danger, agissez maintenant&#xa0;»&#xa0;: [mot].
- Une phrase de code qui signifie «&#xa0;je ne peux pas parler librement&#xa0;»&#xa0;: [phrase].
- Qui s&apos;adresse à la presse ou au public s&apos;il vous arrive quelque chose&#xa0;? [nom].
- À qui ne faut-il jamais communiquer les détails de ce plan&#xa0;?
- Gardez une courte liste des numéros importants sur papier, en lieu sûr, au cas où votre téléphone vous serait pris.</translation>
    </message>
    <message>
        <source>- a summons, a search, or an investigation opened against you
- the arrest of a colleague or someone in your network
- new laws on protest, terrorism, &apos;foreign agents&apos; or cybercrime
- planned protests, trials or publications that may lead to arrests
- a change of lawyer, of emergency contacts, or of who cares for your dependants
- at least every six months</source>
        <translation>- une convocation, une perquisition ou une enquête ouverte contre vous
- l&apos;arrestation d&apos;un collègue ou d&apos;une personne de votre réseau
- de nouvelles lois sur les manifestations, le terrorisme, les «&#xa0;agents de l&apos;étranger&#xa0;» ou la cybercriminalité
- des manifestations, procès ou publications prévus qui pourraient entraîner des arrestations
- un changement d&apos;avocat, de contacts d&apos;urgence ou de la personne qui s&apos;occupe des personnes à votre charge
- au moins tous les six mois</translation>
    </message>
    <message>
        <source>- before you book, and again the day before you leave
- any change of route, dates, hosts or transport
- news of unrest, new checkpoints, curfews or arrests at the destination
- a threat linked to the trip or to the people you will meet
- a border incident, device search or questioning
- after you return: note what worked and what did not</source>
        <translation>- avant de réserver, puis de nouveau la veille du départ
- tout changement d&apos;itinéraire, de dates, d&apos;hôtes ou de moyen de transport
- des nouvelles de troubles, de nouveaux points de contrôle, de couvre-feux ou d&apos;arrestations à destination
- une menace liée au déplacement ou aux personnes que vous allez rencontrer
- un incident à la frontière, une fouille de vos appareils ou un interrogatoire
- après votre retour&#xa0;: notez ce qui a fonctionné et ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>A backup channel. Code words. A paper list of numbers.</source>
        <translation>Un moyen de communication de secours. Des mots de code. Une liste de numéros sur papier.</translation>
    </message>
    <message>
        <source>A backup contact. Phone reminders. A power bank.</source>
        <translation>Un contact de secours. Des rappels sur le téléphone. Une batterie externe.</translation>
    </message>
    <message>
        <source>A check-in is a short message at an agreed time that says &apos;I am safe&apos;. If it does not come, your contact acts on a plan you agreed in advance.
Agree with your contact
- Who: one main contact [name] and one backup [name]. Both have agreed and have this plan.
- When: fixed times. Example: every day at 09:00 and 21:00, or before and after a meeting.
- How: one main channel and one backup. Example: Signal, then SMS.
- What: a short, normal-looking message. Example: &apos;All fine, talk later&apos;.
- Danger code: a word that means &apos;I am in trouble, start now&apos;: [word].
- Not-free code: a phrase that means &apos;someone is with me, I cannot talk&apos;: [phrase].
- Grace time: how long your contact waits before acting.
Your contact keeps, safely stored
- your full name, a recent photo, date of birth, ID number
- your plans for the day: where, with whom, how you travel
- [name of your lawyer] and how to reach them
- which family member to call, and what they may be told
- your medical needs
Rules
- Never skip a check-in on purpose. If you will be late, say so early.
- End clearly: &apos;I am back, stop checking&apos;.
- False alarms happen. Thank your contact, fix the cause, and keep going.</source>
        <translation>Donner des nouvelles, c&apos;est envoyer un court message, à une heure convenue, qui dit «&#xa0;je suis en sécurité&#xa0;». S&apos;il n&apos;arrive pas, votre contact applique un plan convenu à l&apos;avance avec vous.
À convenir avec votre contact
- Qui&#xa0;: un contact principal [nom] et un contact de secours [nom]. Tous deux ont donné leur accord et ont ce plan.
- Quand&#xa0;: à heures fixes. Exemple&#xa0;: tous les jours à 9 h et à 21 h, ou avant et après une réunion.
- Comment&#xa0;: un moyen principal et un moyen de secours. Exemple&#xa0;: Signal, puis SMS.
- Quoi&#xa0;: un message court, d&apos;apparence ordinaire. Exemple&#xa0;: «&#xa0;Tout va bien, on se parle plus tard&#xa0;».
- Code de danger&#xa0;: un mot qui signifie «&#xa0;j&apos;ai un problème, lancez le plan maintenant&#xa0;»&#xa0;: [mot].
- Code «&#xa0;pas libre de parler&#xa0;»&#xa0;: une phrase qui signifie «&#xa0;quelqu&apos;un est avec moi, je ne peux pas parler&#xa0;»&#xa0;: [phrase].
- Temps d&apos;attente&#xa0;: combien de temps votre contact attend avant d&apos;agir.
Votre contact conserve, en lieu sûr
- votre nom complet, une photo récente, votre date de naissance, votre numéro de pièce d&apos;identité
- votre programme de la journée&#xa0;: où, avec qui, comment vous vous déplacez
- [nom de votre avocat] et comment le joindre
- quel membre de votre famille appeler, et ce qu&apos;on peut lui dire
- vos besoins médicaux
Règles
- Ne sautez jamais volontairement un rendez-vous de nouvelles. Si vous allez être en retard, prévenez tôt.
- Terminez clairement&#xa0;: «&#xa0;Je suis rentré, vous pouvez arrêter le suivi&#xa0;».
- Les fausses alertes arrivent. Remerciez votre contact, corrigez la cause, et continuez.</translation>
    </message>
    <message>
        <source>A consequence of your detention</source>
        <translation>Une conséquence de votre détention</translation>
    </message>
    <message>
        <source>A lawyer agreed in advance. An emergency contact. A network ready to respond.</source>
        <translation>Un avocat choisi à l&apos;avance. Un contact d&apos;urgence. Un réseau prêt à réagir.</translation>
    </message>
    <message>
        <source>A local lawyer identified in advance. Regular check-ins. Embassy support if abroad.</source>
        <translation>Un avocat local identifié à l&apos;avance. Des nouvelles données régulièrement. Le soutien de l&apos;ambassade si vous êtes à l&apos;étranger.</translation>
    </message>
    <message>
        <source>A network of lawyers. Clear records of funding and activities.</source>
        <translation>Un réseau d&apos;avocats. Des documents clairs sur les financements et les activités.</translation>
    </message>
    <message>
        <source>A publicly visible role. No lawyer reachable at night.</source>
        <translation>Un rôle visible publiquement. Aucun avocat joignable la nuit.</translation>
    </message>
    <message>
        <source>A reliable driver. Travel insurance. First aid kit. Local advice.</source>
        <translation>Un chauffeur fiable. Une assurance voyage. Une trousse de premiers secours. Des conseils locaux.</translation>
    </message>
    <message>
        <source>A travel phone. An encrypted backup at home. Knowing your rights at the border.</source>
        <translation>Un téléphone de voyage. Une sauvegarde chiffrée chez vous. La connaissance de vos droits à la frontière.</translation>
    </message>
    <message>
        <source>A trusted contact reachable day and night. A lawyer ready to act.</source>
        <translation>Une personne de confiance joignable jour et nuit. Un avocat prêt à agir.</translation>
    </message>
    <message>
        <source>A trusted local contact. A simple, true reason for your visit.</source>
        <translation>Un contact local de confiance. Un motif de visite simple et vrai.</translation>
    </message>
    <message>
        <source>After a false alarm, talk calmly, find the cause, adjust times or channels, and continue.</source>
        <translation>Après une fausse alerte, parlez-en calmement, trouvez la cause, ajustez les horaires ou les moyens de communication, et continuez.</translation>
    </message>
    <message>
        <source>Agree a backup channel. Use encrypted apps with disappearing messages. Use agreed place names instead of addresses.</source>
        <translation>Convenez d&apos;un moyen de secours. Utilisez des applications chiffrées avec des messages éphémères. Utilisez des noms de lieux convenus plutôt que des adresses.</translation>
    </message>
    <message>
        <source>Agree a carer now, sign an authorisation, and set aside emergency money.</source>
        <translation>Convenez dès maintenant de qui prendra soin des personnes à votre charge, signez une autorisation et mettez de l&apos;argent de côté pour les urgences.</translation>
    </message>
    <message>
        <source>Arbitrary arrest at a protest, at home or at a checkpoint</source>
        <translation>Arrestation arbitraire lors d&apos;une manifestation, à domicile ou à un point de contrôle</translation>
    </message>
    <message>
        <source>Arrest or detention during the trip</source>
        <translation>Arrestation ou détention pendant le déplacement</translation>
    </message>
    <message>
        <source>At departure, at each stop, on arrival, and every evening at 20:00 while away</source>
        <translation>Au départ, à chaque étape, à l&apos;arrivée, et chaque soir à 20 h pendant le déplacement</translation>
    </message>
    <message>
        <source>Before
- Memorise your lawyer&apos;s number: [name of your lawyer].
- Write your rights on a card in the local language.
- Keep medicines and a short medical note ready.
- Decide what you will say: your identity details, and that you want your lawyer. Nothing more.
During arrest
- Stay calm. Do not resist or run.
- Note time, place, officers&apos; names, badge numbers, vehicle.
- If you can, send your danger code to [name], or call out your name and your lawyer&apos;s name to people nearby.
- Ask: &apos;Am I under arrest? Why? Where are you taking me?&apos;
In custody
- Say: &apos;I will stay silent until my lawyer is present.&apos;
- Ask to inform [name] or your family.
- Ask for a doctor, your medicines and, if needed, an interpreter.
- Do not sign anything without your lawyer, or anything you do not understand.
- Do not unlock devices or give passwords. [Note what the law here says and what you decide.]
- Do not discuss your case with cellmates.
After release
- Write down everything that happened, as soon as you can.
- See a doctor and keep the report.
- Treat returned devices as compromised.
- Rest, and talk to someone you trust.</source>
        <translation>Avant
- Apprenez par cœur le numéro de votre avocat&#xa0;: [nom de votre avocat].
- Écrivez vos droits sur une carte, dans la langue locale.
- Gardez prêts vos médicaments et une courte note médicale.
- Décidez de ce que vous direz&#xa0;: votre identité, et que vous voulez votre avocat. Rien de plus.
Pendant l&apos;arrestation
- Restez calme. Ne résistez pas et ne vous enfuyez pas.
- Notez l&apos;heure, le lieu, les noms des agents, leurs numéros de matricule, le véhicule.
- Si vous le pouvez, envoyez votre code de danger à [nom], ou criez votre nom et celui de votre avocat aux personnes présentes.
- Demandez&#xa0;: «&#xa0;Suis-je en état d&apos;arrestation&#xa0;? Pourquoi&#xa0;? Où m&apos;emmenez-vous&#xa0;?&#xa0;»
En détention
- Dites&#xa0;: «&#xa0;Je garderai le silence jusqu&apos;à la présence de mon avocat.&#xa0;»
- Demandez à prévenir [nom] ou votre famille.
- Demandez un médecin, vos médicaments et, si nécessaire, un interprète.
- Ne signez rien sans votre avocat, ni rien que vous ne compreniez pas.
- Ne déverrouillez pas vos appareils et ne donnez pas vos mots de passe. [Notez ce que dit la loi ici et ce que vous décidez.]
- Ne parlez pas de votre affaire avec vos codétenus.
Après la libération
- Notez tout ce qui s&apos;est passé, dès que vous le pouvez.
- Consultez un médecin et gardez le certificat médical.
- Considérez les appareils qui vous sont rendus comme compromis.
- Reposez-vous, et parlez à quelqu&apos;un en qui vous avez confiance.</translation>
    </message>
    <message>
        <source>Before you go
- Who knows about the trip? Tell only those who need to know: [list].
- Route, transport, timetable: [details]. Is there a safer option, even if slower?
- Where you stay: [place]. Prefer a place where others know you are there. Check the exits.
- Risks at the destination: checkpoints, curfews, crime, areas to avoid.
- Documents: passport, ID, visa, invitation letter. Keep paper copies apart from the originals.
- Money: cash in local currency, kept in two places.
- Health: medicines for the whole trip plus extra days, insurance, small first aid kit.
On the road
- Keep a low profile. Do not talk about your work in taxis or public places.
- Avoid risky roads at night.
- Meet people in places you have checked.
- If you feel followed, go to a busy place and check in early.
At borders and checkpoints
- Stay calm and polite. Give simple, consistent answers.
- Carry only what you are willing to have searched.
While you are away
- Who keeps an eye on your home and office? [name].
- Lock away or remove sensitive papers before leaving.</source>
        <translation>Avant de partir
- Qui est au courant du déplacement&#xa0;? N&apos;informez que les personnes qui ont besoin de savoir&#xa0;: [liste].
- Itinéraire, transport, horaires&#xa0;: [détails]. Existe-t-il une option plus sûre, même plus lente&#xa0;?
- Hébergement&#xa0;: [lieu]. Préférez un lieu où d&apos;autres personnes savent que vous êtes là. Repérez les sorties.
- Risques à destination&#xa0;: points de contrôle, couvre-feux, criminalité, zones à éviter.
- Documents&#xa0;: passeport, pièce d&apos;identité, visa, lettre d&apos;invitation. Gardez des copies papier séparément des originaux.
- Argent&#xa0;: de l&apos;argent liquide en monnaie locale, réparti à deux endroits.
- Santé&#xa0;: médicaments pour tout le voyage et quelques jours de plus, assurance, petite trousse de premiers secours.
En route
- Restez discret. Ne parlez pas de votre travail dans les taxis ni dans les lieux publics.
- Évitez les routes dangereuses la nuit.
- Rencontrez les gens dans des lieux que vous avez vérifiés.
- Si vous vous sentez suivi, allez dans un lieu fréquenté et donnez des nouvelles plus tôt que prévu.
Aux frontières et aux points de contrôle
- Restez calme et poli. Donnez des réponses simples et cohérentes.
- N&apos;emportez que ce que vous acceptez de voir fouillé.
Pendant votre absence
- Qui surveille votre domicile et votre bureau&#xa0;? [nom].
- Mettez sous clé ou retirez les documents sensibles avant de partir.</translation>
    </message>
    <message>
        <source>Being followed or questioned about meetings with victims or witnesses</source>
        <translation>Être suivi ou interrogé au sujet de rencontres avec des victimes ou des témoins</translation>
    </message>
    <message>
        <source>Being watched and followed on the way to work or meetings</source>
        <translation>Être surveillé et suivi sur le chemin du travail ou des réunions</translation>
    </message>
    <message>
        <source>Check in on time. Share your daily plans with your contact. Your contact keeps your lawyer&apos;s details at hand.</source>
        <translation>Donnez des nouvelles à l&apos;heure. Communiquez votre programme de la journée à votre contact. Votre contact garde à portée de main les coordonnées de votre avocat.</translation>
    </message>
    <message>
        <source>Check-in channel is watched, blocked or your phone is taken</source>
        <translation>Le moyen utilisé pour donner des nouvelles est surveillé ou bloqué, ou votre téléphone vous est pris</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocole de prise de nouvelles</translation>
    </message>
    <message>
        <source>Colleagues who can come along. Good knowledge of the area. Other transport options.</source>
        <translation>Des collègues qui peuvent vous accompagner. Une bonne connaissance de la région. D&apos;autres moyens de transport possibles.</translation>
    </message>
    <message>
        <source>Contacts, case files and chats on the phone. Phone opens with a fingerprint.</source>
        <translation>Contacts, dossiers et conversations sur le téléphone. Le téléphone se déverrouille avec l&apos;empreinte digitale.</translation>
    </message>
    <message>
        <source>Criminal charges or a lawsuit meant to stop your work</source>
        <translation>Poursuites pénales ou procès visant à faire cesser votre travail</translation>
    </message>
    <message>
        <source>Dependants
- Who cares for your children or others who depend on you, at once and for months? [name]. Have they agreed?
- Where are their documents, school details, doctor, medicines? [place].
- A signed authorisation or power of attorney for [name], kept at [place].
- What will the children be told, and by whom? Use simple, honest words suited to their age.
Money
- Who pays rent, bills and legal fees? [name]. From which account or emergency fund?
- Keep some cash with a trusted person.
Work
- Who takes over urgent cases, deadlines and sources? [name].
- Who informs partners and donors?
Devices and this journal
- Decide now what happens to your devices and accounts if you are arrested, and who does it: [name].
- This journal is encrypted. Do not give your passphrase to anyone who could be forced to reveal it.
- Who keeps an encrypted backup, and where? [name], [place].
During detention
- Who brings food, clothes and medicines? Who visits? Who supports your family?</source>
        <translation>Personnes à charge
- Qui s&apos;occupe de vos enfants ou des autres personnes qui dépendent de vous, immédiatement et pendant des mois&#xa0;? [nom]. Cette personne a-t-elle accepté&#xa0;?
- Où se trouvent leurs documents, les informations sur leur école, leur médecin, leurs médicaments&#xa0;? [lieu].
- Une autorisation signée ou une procuration au nom de [nom], conservée à [lieu].
- Que dira-t-on aux enfants, et qui le leur dira&#xa0;? Utilisez des mots simples et honnêtes, adaptés à leur âge.
Argent
- Qui paie le loyer, les factures et les frais de justice&#xa0;? [nom]. Depuis quel compte ou quel fonds d&apos;urgence&#xa0;?
- Laissez un peu d&apos;argent liquide à une personne de confiance.
Travail
- Qui reprend les affaires urgentes, les échéances et les sources&#xa0;? [nom].
- Qui informe les partenaires et les bailleurs de fonds&#xa0;?
Appareils et ce journal
- Décidez dès maintenant de ce qu&apos;il advient de vos appareils et de vos comptes si vous êtes arrêté, et de qui s&apos;en charge&#xa0;: [nom].
- Ce journal est chiffré. Ne donnez votre phrase de passe à personne qui pourrait être forcé de la révéler.
- Qui conserve une sauvegarde chiffrée, et où&#xa0;? [nom], [lieu].
Pendant la détention
- Qui apporte la nourriture, les vêtements et les médicaments&#xa0;? Qui vous rend visite&#xa0;? Qui soutient votre famille&#xa0;?</translation>
    </message>
    <message>
        <source>Dependants left without care or money</source>
        <translation>Personnes à charge laissées sans soins ni argent</translation>
    </message>
    <message>
        <source>Describe your situation in a few short lines.
- What is your work? Which part of it makes powerful people uncomfortable?
- Who could want to stop your work, and why? List people, groups, institutions. Example: [local official], [company security staff], [armed group].
- What can each of them actually do? Example: follow you, sue you, smear you online, arrest you.
- Who supports or protects you? Example: [colleague], [organisation], [name of your lawyer], [journalist you trust].
- Who is neutral but could be won over? Example: [local police chief], [religious leader].
- What happened to others doing similar work here in the last year?
- Threats you received: for each one note the date, how it came, the exact words, and who you think sent it.
Remember: risk = threats x vulnerabilities / capacities. Even when you cannot stop a threat, you can lower your risk by reducing vulnerabilities and building capacities.</source>
        <translation>Décrivez votre situation en quelques lignes courtes.
- Quel est votre travail&#xa0;? Quelle partie de ce travail dérange des personnes puissantes&#xa0;?
- Qui pourrait vouloir faire cesser votre travail, et pourquoi&#xa0;? Faites la liste des personnes, groupes et institutions. Exemple&#xa0;: [responsable local], [agents de sécurité d&apos;une entreprise], [groupe armé].
- Que peut réellement faire chacun d&apos;eux&#xa0;? Exemple&#xa0;: vous suivre, vous poursuivre en justice, vous dénigrer en ligne, vous arrêter.
- Qui vous soutient ou vous protège&#xa0;? Exemple&#xa0;: [collègue], [organisation], [nom de votre avocat], [journaliste de confiance].
- Qui est neutre mais pourrait devenir un allié&#xa0;? Exemple&#xa0;: [chef de la police locale], [responsable religieux].
- Qu&apos;est-il arrivé au cours de l&apos;année écoulée à d&apos;autres personnes qui font un travail similaire ici&#xa0;?
- Menaces reçues&#xa0;: pour chacune, notez la date, la façon dont elle vous est parvenue, les mots exacts, et qui l&apos;a envoyée selon vous.
À retenir&#xa0;: risque = menaces x vulnérabilités / capacités. Même quand vous ne pouvez pas faire cesser une menace, vous pouvez réduire votre risque en diminuant vos vulnérabilités et en renforçant vos capacités.</translation>
    </message>
    <message>
        <source>Devices searched and data taken at a border or checkpoint</source>
        <translation>Fouille des appareils et saisie de données à une frontière ou à un point de contrôle</translation>
    </message>
    <message>
        <source>Disappearance or detention without anyone knowing for hours</source>
        <translation>Disparition ou détention dont personne n&apos;est informé pendant des heures</translation>
    </message>
    <message>
        <source>Do not answer a summons or questions without your lawyer. Inform your network. Start the &apos;If detained&apos; plan if arrest seems likely.</source>
        <translation>Ne répondez pas à une convocation ni à des questions sans votre avocat. Informez votre réseau. Lancez le plan «&#xa0;En cas de détention&#xa0;» si une arrestation semble probable.</translation>
    </message>
    <message>
        <source>Do not reply in anger. Save screenshots and links with dates. Report the accounts to the platform. Ask [ally] for a public statement if needed. Step back from social media for a few days.</source>
        <translation>Ne répondez pas sous le coup de la colère. Conservez des captures d&apos;écran et des liens, avec leurs dates. Signalez les comptes à la plateforme. Si nécessaire, demandez à [allié] une déclaration publique. Prenez du recul par rapport aux réseaux sociaux pendant quelques jours.</translation>
    </message>
    <message>
        <source>Encryption. Strong passphrases. A trusted person who can change shared passwords.</source>
        <translation>Le chiffrement. Des phrases de passe solides. Une personne de confiance qui peut changer les mots de passe partagés.</translation>
    </message>
    <message>
        <source>Every day at 09:00 and 21:00, and within 30 minutes after each sensitive meeting</source>
        <translation>Tous les jours à 9 h et à 21 h, et dans les 30 minutes qui suivent chaque réunion sensible</translation>
    </message>
    <message>
        <source>Every day at 20:00 during times of high arrest risk, and before and after protests, hearings or a police summons</source>
        <translation>Tous les jours à 20 h pendant les périodes de risque élevé d&apos;arrestation, et avant et après les manifestations, les audiences ou une convocation de la police</translation>
    </message>
    <message>
        <source>False alarms or tiredness lead to the protocol being dropped</source>
        <translation>Les fausses alertes ou la fatigue conduisent à abandonner le protocole</translation>
    </message>
    <message>
        <source>Family and friends. An emergency fund. Your organisation.</source>
        <translation>La famille et les amis. Un fonds d&apos;urgence. Votre organisation.</translation>
    </message>
    <message>
        <source>Find a local lawyer before you travel. Carry invitation letters. Check in at every stage.</source>
        <translation>Trouvez un avocat local avant de partir. Ayez sur vous vos lettres d&apos;invitation. Donnez des nouvelles à chaque étape.</translation>
    </message>
    <message>
        <source>Get to safety first, then check in. Use insurance and the local contact. Change the plan or end the trip if unrest grows.</source>
        <translation>Mettez-vous d&apos;abord en sécurité, puis donnez des nouvelles. Faites appel à l&apos;assurance et au contact local. Modifiez le plan ou mettez fin au déplacement si les troubles s&apos;aggravent.</translation>
    </message>
    <message>
        <source>Go and stay with [friend] for a few days. Tell your organisation and protection networks. Write down everything that happened. Review this plan.</source>
        <translation>Allez séjourner quelques jours chez [ami]. Prévenez votre organisation et les réseaux de protection. Notez tout ce qui s&apos;est passé. Révisez ce plan.</translation>
    </message>
    <message>
        <source>Going alone to meetings. Family does not know whom to call.</source>
        <translation>Vous allez seul aux réunions. Votre famille ne sait pas qui appeler.</translation>
    </message>
    <message>
        <source>Good relations with neighbours. A place to stay with [friend].</source>
        <translation>De bonnes relations avec les voisins. Un endroit où séjourner chez [ami].</translation>
    </message>
    <message>
        <source>Held without a lawyer. A health condition that needs regular medicine.</source>
        <translation>Détention sans avocat. Un problème de santé qui nécessite un traitement régulier.</translation>
    </message>
    <message>
        <source>Home
- Who has keys? Change the locks if you are unsure.
- What is the weakest point: a door, a window, poor lighting? How can you improve it?
- Can neighbours warn you about strangers or unusual cars?
- Keep sensitive papers out of the home, or locked away.
Office
- Who can enter, and how are visitors checked?
- What happens to files and computers at night, or in a raid?
- Is there a second way out?
Daily movement
- Vary your routes and times where you can.
- Notice if the same person, car or motorbike appears more than once. Write down the date, time, place and a description.
- After a threat, avoid being alone in isolated places, especially at night.
- Tell someone before a sensitive meeting, and again when you are back.
Travel
- For risky trips, use the &apos;Travel&apos; template.</source>
        <translation>Domicile
- Qui a les clés&#xa0;? Changez les serrures en cas de doute.
- Quel est le point le plus faible&#xa0;: une porte, une fenêtre, un mauvais éclairage&#xa0;? Comment l&apos;améliorer&#xa0;?
- Vos voisins peuvent-ils vous avertir de la présence d&apos;inconnus ou de voitures inhabituelles&#xa0;?
- Gardez les documents sensibles hors de chez vous, ou sous clé.
Bureau
- Qui peut entrer, et comment les visiteurs sont-ils contrôlés&#xa0;?
- Que deviennent les dossiers et les ordinateurs la nuit, ou en cas de descente&#xa0;?
- Existe-t-il une deuxième sortie&#xa0;?
Déplacements quotidiens
- Variez vos trajets et vos horaires quand vous le pouvez.
- Remarquez si la même personne, la même voiture ou la même moto apparaît plus d&apos;une fois. Notez la date, l&apos;heure, le lieu et une description.
- Après une menace, évitez d&apos;être seul dans des endroits isolés, surtout la nuit.
- Prévenez quelqu&apos;un avant une réunion sensible, puis de nouveau à votre retour.
Voyages
- Pour les déplacements à risque, utilisez le modèle «&#xa0;Plan de sécurité pour un déplacement&#xa0;».</translation>
    </message>
    <message>
        <source>Home address widely known. Poor lighting. Living alone.</source>
        <translation>Adresse du domicile largement connue. Mauvais éclairage. Vous vivez seul.</translation>
    </message>
    <message>
        <source>Home area and family photos visible online. Weak or reused passwords on some accounts.</source>
        <translation>Quartier de résidence et photos de famille visibles en ligne. Mots de passe faibles ou réutilisés sur certains comptes.</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>En cas de détention</translation>
    </message>
    <message>
        <source>If followed, go to a busy public place, not home. Send the danger code to [trusted contact]. Share the log with your organisation and your lawyer.</source>
        <translation>Si vous êtes suivi, allez dans un lieu public fréquenté, pas chez vous. Envoyez le code de danger à [personne de confiance]. Transmettez le relevé de vos observations à votre organisation et à votre avocat.</translation>
    </message>
    <message>
        <source>If you are abroad, your contact calls your embassy or consulate. Protection networks are alerted. The &apos;If detained&apos; plan starts.</source>
        <translation>Si vous êtes à l&apos;étranger, votre contact appelle votre ambassade ou votre consulat. Les réseaux de protection sont alertés. Le plan «&#xa0;En cas de détention&#xa0;» est lancé.</translation>
    </message>
    <message>
        <source>Ill-treatment or pressure to confess in custody</source>
        <translation>Mauvais traitements ou pressions pour obtenir des aveux en détention</translation>
    </message>
    <message>
        <source>Improve locks and lighting. Ask neighbours to tell you about strangers. Keep a bag ready to leave.</source>
        <translation>Renforcez les serrures et l&apos;éclairage. Demandez à vos voisins de vous signaler les inconnus. Gardez un sac prêt pour partir.</translation>
    </message>
    <message>
        <source>Keep registration, tax and funding records in order and backed up. Agree now with [name of your lawyer] that they will act for you.</source>
        <translation>Tenez en ordre, et sauvegardez, vos documents d&apos;enregistrement, fiscaux et de financement. Convenez dès maintenant avec [nom de votre avocat] qu&apos;il vous représentera.</translation>
    </message>
    <message>
        <source>Knowing your rights. A fast legal and public response. A prepared medical note.</source>
        <translation>La connaissance de vos droits. Une réaction juridique et publique rapide. Une note médicale préparée à l&apos;avance.</translation>
    </message>
    <message>
        <source>Long check-in periods. One contact carrying all the load.</source>
        <translation>De longs intervalles entre les nouvelles. Un seul contact qui porte toute la charge.</translation>
    </message>
    <message>
        <source>Long stress wears down health and judgement. Caring for yourself is part of your security.
- Your early signs of too much stress. Example: poor sleep, anger, drinking more, forgetting things.
- What helps you recover? Example: walking, prayer, time with friends, sport.
- Who can you talk to honestly? [name or counsellor].
- Set limits: how many hours do you work? When are you off?
- After a threat or an attack, rest and talk it through. Strong reactions are normal, not weakness.
- Plan one small thing each week that is only for you.</source>
        <translation>Un stress prolongé use la santé et le jugement. Prendre soin de vous fait partie de votre sécurité.
- Vos premiers signes de stress excessif. Exemple&#xa0;: troubles du sommeil, colère, consommation d&apos;alcool en hausse, oublis.
- Qu&apos;est-ce qui vous aide à récupérer&#xa0;? Exemple&#xa0;: la marche, la prière, du temps avec des amis, le sport.
- À qui pouvez-vous parler en toute franchise&#xa0;? [nom ou psychologue].
- Fixez des limites&#xa0;: combien d&apos;heures travaillez-vous&#xa0;? Quand êtes-vous en repos&#xa0;?
- Après une menace ou une agression, reposez-vous et parlez-en. Les réactions fortes sont normales, ce n&apos;est pas de la faiblesse.
- Prévoyez chaque semaine une petite chose rien que pour vous.</translation>
    </message>
    <message>
        <source>Memorise your lawyer&apos;s number. Tell your contact before protests. Go with others, not alone.</source>
        <translation>Apprenez par cœur le numéro de votre avocat. Prévenez votre contact avant les manifestations. Allez-y avec d&apos;autres personnes, pas seul.</translation>
    </message>
    <message>
        <source>My check-in protocol</source>
        <translation>Mon protocole de prise de nouvelles</translation>
    </message>
    <message>
        <source>My personal safety plan</source>
        <translation>Mon plan de sécurité personnel</translation>
    </message>
    <message>
        <source>My plan if I am detained</source>
        <translation>Mon plan en cas de détention</translation>
    </message>
    <message>
        <source>Not an outside actor: routine, tiredness, flat batteries, no signal</source>
        <translation>Pas un acteur extérieur&#xa0;: la routine, la fatigue, les batteries à plat, l&apos;absence de réseau</translation>
    </message>
    <message>
        <source>Online smear campaign and threats on social media</source>
        <translation>Campagne de dénigrement en ligne et menaces sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Only in times of higher risk: before and after sensitive meetings, or every evening at 21:00 after a new threat</source>
        <translation>Seulement dans les périodes de risque accru&#xa0;: avant et après les réunions sensibles, ou chaque soir à 21 h après une nouvelle menace</translation>
    </message>
    <message>
        <source>Only one channel agreed. Locations sent in clear text.</source>
        <translation>Un seul moyen de communication convenu. Des lieux envoyés en clair.</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>Plan de sécurité personnel</translation>
    </message>
    <message>
        <source>Phone opens with a fingerprint. Sensitive chats kept for years.</source>
        <translation>Le téléphone se déverrouille avec l&apos;empreinte digitale. Des conversations sensibles conservées pendant des années.</translation>
    </message>
    <message>
        <source>Physical attack at or near your home</source>
        <translation>Agression physique à votre domicile ou à proximité</translation>
    </message>
    <message>
        <source>Plan how to leave early if things go wrong.
- Signs that mean you end the trip. Example: your name in local media, a host arrested, police asking about you at your lodging.
- A safe place nearby for a few hours or days: [place], [person].
- Exit routes: [road], [bus], [flight]. Keep enough money for a last-minute ticket.
- If abroad, the embassy or consulate that could help: [embassy], [how to reach it].
- Who decides with you that it is time to leave? [name].
- If you must leave fast, what do you take, and what do you leave or delete?</source>
        <translation>Prévoyez comment partir plus tôt si les choses tournent mal.
- Les signes qui vous feront mettre fin au déplacement. Exemple&#xa0;: votre nom dans les médias locaux, l&apos;arrestation d&apos;une personne qui vous accueille, la police qui pose des questions sur vous là où vous logez.
- Un lieu sûr à proximité pour quelques heures ou quelques jours&#xa0;: [lieu], [personne].
- Itinéraires de sortie&#xa0;: [route], [bus], [vol]. Gardez assez d&apos;argent pour un billet de dernière minute.
- Si vous êtes à l&apos;étranger, l&apos;ambassade ou le consulat qui pourrait vous aider&#xa0;: [ambassade], [comment la joindre].
- Qui décide avec vous qu&apos;il est temps de partir&#xa0;? [nom].
- Si vous devez partir vite, qu&apos;emportez-vous, et que laissez-vous ou supprimez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Prepare and practise what you will say: identity details and a request for your lawyer. Keep a medical note ready.</source>
        <translation>Préparez et répétez ce que vous direz&#xa0;: votre identité et la demande de voir votre avocat. Gardez une note médicale prête.</translation>
    </message>
    <message>
        <source>Protection networks are alerted. Your lawyer, family and contact decide on public action, following your wishes.</source>
        <translation>Les réseaux de protection sont alertés. Votre avocat, votre famille et votre contact décident d&apos;une éventuelle action publique, en suivant vos souhaits.</translation>
    </message>
    <message>
        <source>Registration, tax or funding papers not fully in order. No lawyer ready to act.</source>
        <translation>Documents d&apos;enregistrement, fiscaux ou de financement pas entièrement en ordre. Aucun avocat prêt à agir.</translation>
    </message>
    <message>
        <source>Remove your address and family photos from public profiles. Use strong, unique passwords and two-step login. Ask [colleague] to watch for attacks.</source>
        <translation>Retirez votre adresse et vos photos de famille de vos profils publics. Utilisez des mots de passe solides et uniques, et la validation en deux étapes. Demandez à [collègue] de guetter les attaques.</translation>
    </message>
    <message>
        <source>Review this plan at least every three months, and straight away after any of these:
- a new threat, warning or sign that you are watched
- an attack, arrest or raid affecting you or someone in your network
- a change in your work, a new case, or a public statement that draws attention
- a move of home or office, or a change in your family
- a planned trip to a risky place
- a new law, an election, protests or other political change
- a lost, stolen or seized device</source>
        <translation>Révisez ce plan au moins tous les trois mois, et immédiatement après l&apos;un de ces événements&#xa0;:
- une nouvelle menace, un avertissement ou un signe que vous êtes surveillé
- une agression, une arrestation ou une perquisition qui vous touche, vous ou une personne de votre réseau
- un changement dans votre travail, une nouvelle affaire ou une déclaration publique qui attire l&apos;attention
- un déménagement du domicile ou du bureau, ou un changement dans votre famille
- un déplacement prévu dans un lieu à risque
- une nouvelle loi, une élection, des manifestations ou un autre changement politique
- un appareil perdu, volé ou saisi</translation>
    </message>
    <message>
        <source>Review this protocol:
- before each time of higher risk: a trial, a protest, a trip, a publication
- when your check-in contact changes, travels or becomes unavailable
- after every missed check-in, real or false alarm
- when a channel stops working or may be watched
- after an arrest or attack in your network
- at least every three months</source>
        <translation>Révisez ce protocole&#xa0;:
- avant chaque période de risque accru&#xa0;: un procès, une manifestation, un déplacement, une publication
- quand la personne à qui vous donnez des nouvelles change, voyage ou n&apos;est plus disponible
- après chaque absence de nouvelles, qu&apos;il s&apos;agisse d&apos;une vraie ou d&apos;une fausse alerte
- quand un moyen de communication ne fonctionne plus ou pourrait être surveillé
- après une arrestation ou une agression dans votre réseau
- au moins tous les trois mois</translation>
    </message>
    <message>
        <source>Road accident, crime or sudden unrest</source>
        <translation>Accident de la route, criminalité ou troubles soudains</translation>
    </message>
    <message>
        <source>Same route and times every day. Meetings announced in open chat groups.</source>
        <translation>Mêmes trajets et mêmes horaires chaque jour. Réunions annoncées dans des groupes de discussion ouverts.</translation>
    </message>
    <message>
        <source>Seized devices expose contacts, sources and this journal</source>
        <translation>Des appareils saisis exposent vos contacts, vos sources et ce journal</translation>
    </message>
    <message>
        <source>Set a reminder alarm before each check-in. Carry a charged power bank. Share the task between two contacts. Review after the first week.</source>
        <translation>Programmez une alarme de rappel avant chaque heure de prise de nouvelles. Ayez sur vous une batterie externe chargée. Partagez la tâche entre deux contacts. Faites le point après la première semaine.</translation>
    </message>
    <message>
        <source>Single carer. No savings. No written authorisation for another carer.</source>
        <translation>Vous êtes seul à vous occuper de vos proches. Pas d&apos;économies. Aucune autorisation écrite pour qu&apos;une autre personne s&apos;en occupe.</translation>
    </message>
    <message>
        <source>Stay calm. Ask for a written record of what is taken. Afterwards, warn contacts who may be exposed, change passwords, and treat the device as compromised.</source>
        <translation>Restez calme. Demandez un procès-verbal écrit de ce qui est saisi. Ensuite, prévenez les contacts qui pourraient être exposés, changez vos mots de passe et considérez l&apos;appareil comme compromis.</translation>
    </message>
    <message>
        <source>Stop meetings, check in early and move to the safe place. Warn the people you met if they may be at risk.</source>
        <translation>Interrompez les rencontres, donnez des nouvelles plus tôt que prévu et rendez-vous au lieu sûr. Prévenez les personnes que vous avez rencontrées si elles risquent d&apos;être en danger.</translation>
    </message>
    <message>
        <source>Supportive networks and journalists. A colleague who can help save evidence.</source>
        <translation>Des réseaux et des journalistes solidaires. Un collègue qui peut aider à conserver les preuves.</translation>
    </message>
    <message>
        <source>Switch to the backup channel. If both fail, your contact treats it as a missed check-in and starts escalation.</source>
        <translation>Passez au moyen de secours. Si les deux échouent, votre contact considère que les nouvelles ne sont pas arrivées et lance les étapes prévues.</translation>
    </message>
    <message>
        <source>The carer takes the children at once. Your organisation or network helps with emergency funds.</source>
        <translation>La personne désignée prend immédiatement les enfants en charge. Votre organisation ou votre réseau aide avec des fonds d&apos;urgence.</translation>
    </message>
    <message>
        <source>Travel at night on unknown roads. Carrying all money and documents in one bag.</source>
        <translation>Voyager de nuit sur des routes inconnues. Transporter tout l&apos;argent et tous les documents dans un seul sac.</translation>
    </message>
    <message>
        <source>Travel in daylight with a reliable driver. Split money and documents. Ask local contacts about the situation each day.</source>
        <translation>Voyagez de jour avec un chauffeur fiable. Répartissez l&apos;argent et les documents. Interrogez chaque jour vos contacts locaux sur la situation.</translation>
    </message>
    <message>
        <source>Travel plan: [destination, dates]</source>
        <translation>Plan de déplacement&#xa0;: [destination, dates]</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>Plan de sécurité pour un déplacement</translation>
    </message>
    <message>
        <source>Travel with as little data as possible. Use a passphrase and switch devices off before crossing. Leave sensitive files in the encrypted backup at home.</source>
        <translation>Voyagez avec le moins de données possible. Utilisez une phrase de passe et éteignez vos appareils avant chaque passage. Laissez les fichiers sensibles dans la sauvegarde chiffrée, chez vous.</translation>
    </message>
    <message>
        <source>Unfamiliar legal system. No local lawyer. No one nearby knows you.</source>
        <translation>Système juridique mal connu. Pas d&apos;avocat local. Personne ne vous connaît à proximité.</translation>
    </message>
    <message>
        <source>Use passphrases, encryption, little stored data and disappearing messages. Keep regular encrypted backups elsewhere.</source>
        <translation>Utilisez des phrases de passe, le chiffrement, peu de données stockées et des messages éphémères. Faites régulièrement des sauvegardes chiffrées, conservées ailleurs.</translation>
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
    <message>
        <source>Vary meeting places and check them first. Few people know the schedule. Do not write names of the people you meet in your notes.</source>
        <translation>Variez les lieux de rencontre et vérifiez-les d&apos;abord. Peu de personnes connaissent le programme. N&apos;écrivez pas dans vos notes les noms des personnes que vous rencontrez.</translation>
    </message>
    <message>
        <source>Vary routes and times. Arrange sensitive meetings only over secure channels. Log each suspicious sighting with date, time, place and description.</source>
        <translation>Variez les trajets et les horaires. N&apos;organisez les réunions sensibles que par des moyens de communication sécurisés. Notez chaque observation suspecte avec la date, l&apos;heure, le lieu et une description.</translation>
    </message>
    <message>
        <source>Visitors from outside stand out. Your host is well known locally.</source>
        <translation>Les visiteurs venus de l&apos;extérieur se remarquent. La personne qui vous accueille est bien connue localement.</translation>
    </message>
    <message>
        <source>Who is called, in this order. Your contacts keep this list on paper too.
1. [name], emergency contact: starts this plan and logs each action with its time.
2. [name of your lawyer]: finds where you are held, asks to see you, checks your health.
3. [family member]: cares for dependants, brings medicines and clothes.
4. [name at your organisation]: secures files and accounts, pauses risky work.
5. [protection network or trusted human rights organisation]: urgent appeal, monitoring.
6. Only if agreed in advance: [journalist], [embassy], [UN or regional human rights body].
Agree in advance
- Your danger code: [word].
- Do you want your detention made public, and how fast? Some want publicity at once, others quiet action first. Your choice: [choice].
- Who speaks for you in public: [name]. Everyone else refers to them.
- What must never be shared: [example: names of sources, your health details].</source>
        <translation>Qui est appelé, dans cet ordre. Vos contacts gardent aussi cette liste sur papier.
1. [nom], contact d&apos;urgence&#xa0;: lance ce plan et note chaque action avec son heure.
2. [nom de votre avocat]&#xa0;: trouve où vous êtes détenu, demande à vous voir, vérifie votre état de santé.
3. [membre de la famille]&#xa0;: s&apos;occupe des personnes à votre charge, apporte médicaments et vêtements.
4. [nom d&apos;une personne de votre organisation]&#xa0;: sécurise les dossiers et les comptes, suspend les activités à risque.
5. [réseau de protection ou organisation de défense des droits humains de confiance]&#xa0;: appel urgent, suivi.
6. Seulement si cela a été convenu à l&apos;avance&#xa0;: [journaliste], [ambassade], [ONU ou organisme régional de défense des droits humains].
À convenir à l&apos;avance
- Votre code de danger&#xa0;: [mot].
- Voulez-vous que votre détention soit rendue publique, et dans quel délai&#xa0;? Certaines personnes veulent une publicité immédiate, d&apos;autres préfèrent d&apos;abord une action discrète. Votre choix&#xa0;: [choix].
- Qui parle en votre nom en public&#xa0;: [nom]. Toutes les autres personnes renvoient vers elle.
- Ce qui ne doit jamais être divulgué&#xa0;: [exemple&#xa0;: noms des sources, informations sur votre santé].</translation>
    </message>
    <message>
        <source>With your family and lawyer, your contact decides on public action, following your wishes. Everyone keeps a log of each action and its time.</source>
        <translation>Avec votre famille et votre avocat, votre contact décide d&apos;une éventuelle action publique, en suivant vos souhaits. Chacun note chaque action et son heure.</translation>
    </message>
    <message>
        <source>With your lawyer and family, your contact decides on public action, following your wishes. Everyone keeps a written log of each action and its time.</source>
        <translation>Avec votre avocat et votre famille, votre contact décide d&apos;une éventuelle action publique, en suivant vos souhaits. Chacun tient un registre écrit de chaque action et de son heure.</translation>
    </message>
    <message>
        <source>Your check-in contact starts escalation. Lawyers and, if abroad, the embassy are contacted. The &apos;If detained&apos; plan starts.</source>
        <translation>La personne à qui vous donnez des nouvelles lance les étapes prévues. Les avocats et, si vous êtes à l&apos;étranger, l&apos;ambassade sont contactés. Le plan «&#xa0;En cas de détention&#xa0;» est lancé.</translation>
    </message>
    <message>
        <source>Your contact alerts protection networks and trusted human rights organisations. Your organisation secures shared accounts and files. The &apos;If detained&apos; plan starts.</source>
        <translation>Votre contact alerte les réseaux de protection et des organisations de défense des droits humains de confiance. Votre organisation sécurise les comptes et les dossiers partagés. Le plan «&#xa0;En cas de détention&#xa0;» est lancé.</translation>
    </message>
    <message>
        <source>Your contact calls [family member] and [name of your lawyer], and informs your organisation.</source>
        <translation>Votre contact appelle [membre de la famille] et [nom de votre avocat], et informe votre organisation.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer] and the local lawyer, who check police stations and hospitals along your route. Your organisation is informed.</source>
        <translation>Votre contact appelle [nom de votre avocat] et l&apos;avocat local, qui se renseignent auprès des postes de police et des hôpitaux sur votre itinéraire. Votre organisation est informée.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations and hospitals. Your organisation is informed.</source>
        <translation>Votre contact appelle [nom de votre avocat], qui se renseigne auprès des postes de police et des hôpitaux. Votre organisation est informée.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations. [family member] is informed.</source>
        <translation>Votre contact appelle [nom de votre avocat], qui se renseigne auprès des postes de police. [membre de la famille] en est informé.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, and asks the people you were meeting.</source>
        <translation>Votre contact vous appelle et vous écrit sur le moyen principal et le moyen de secours, et interroge les personnes que vous deviez rencontrer.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, then calls the people you were meeting if known.</source>
        <translation>Votre contact vous appelle et vous écrit sur le moyen principal et le moyen de secours, puis appelle les personnes que vous deviez rencontrer, si elles sont connues.</translation>
    </message>
    <message>
        <source>Your contact calls the backup contact and [family member], and checks your last known location and plans.</source>
        <translation>Votre contact appelle le contact de secours et [membre de la famille], et vérifie votre dernière position connue et votre programme.</translation>
    </message>
    <message>
        <source>Your contact calls your host or lodging and the backup contact, and checks your last known location and plans.</source>
        <translation>Votre contact appelle la personne qui vous accueille ou votre hébergement, ainsi que le contact de secours, et vérifie votre dernière position connue et votre programme.</translation>
    </message>
    <message>
        <source>Your contact changes shared passwords and warns people who may be exposed. After release, treat devices as compromised.</source>
        <translation>Votre contact change les mots de passe partagés et prévient les personnes qui pourraient être exposées. Après la libération, considérez les appareils comme compromis.</translation>
    </message>
    <message>
        <source>Your contact follows the escalation steps without delay. The lawyer checks police stations. The network is alerted within hours.</source>
        <translation>Votre contact suit sans attendre les étapes prévues. L&apos;avocat se renseigne auprès des postes de police. Le réseau est alerté en quelques heures.</translation>
    </message>
    <message>
        <source>Your contact tries all channels and calls the people you were with.</source>
        <translation>Votre contact essaie tous les moyens de communication et appelle les personnes avec qui vous étiez.</translation>
    </message>
    <message>
        <source>Your contact tries you on the main and backup channels, then calls the local contact [name] at the destination.</source>
        <translation>Votre contact essaie de vous joindre sur le moyen principal et le moyen de secours, puis appelle le contact local [nom] à destination.</translation>
    </message>
    <message>
        <source>Your emergency contact starts the call list. Your lawyer finds where you are held. The network is alerted.</source>
        <translation>Votre contact d&apos;urgence lance la liste d&apos;appels. Votre avocat trouve où vous êtes détenu. Le réseau est alerté.</translation>
    </message>
    <message>
        <source>Your lawyer checks police stations and hospitals. Your contact alerts protection networks and starts the &apos;If detained&apos; plan.</source>
        <translation>Votre avocat se renseigne auprès des postes de police et des hôpitaux. Votre contact alerte les réseaux de protection et lance le plan «&#xa0;En cas de détention&#xa0;».</translation>
    </message>
    <message>
        <source>Your lawyer demands access and a medical exam. After release, document injuries with a doctor. Report to protection networks and complaint bodies.</source>
        <translation>Votre avocat exige de vous voir et demande un examen médical. Après la libération, faites constater les blessures par un médecin. Signalez les faits aux réseaux de protection et aux instances de plainte.</translation>
    </message>
    <message>
        <source>Your organisation secures shared accounts and files. The carer gets ready to take your dependants.</source>
        <translation>Votre organisation sécurise les comptes et les dossiers partagés. La personne désignée se prépare à prendre en charge les personnes qui dépendent de vous.</translation>
    </message>
    <message>
        <source>[border police], [soldiers at a checkpoint]</source>
        <translation>[police aux frontières], [soldats à un point de contrôle]</translation>
    </message>
    <message>
        <source>[general crime], [unrest in the area]</source>
        <translation>[criminalité ordinaire], [troubles dans la région]</translation>
    </message>
    <message>
        <source>[interrogators], [prison staff]</source>
        <translation>[enquêteurs chargés des interrogatoires], [personnel pénitentiaire]</translation>
    </message>
    <message>
        <source>[local intelligence], [local authorities]</source>
        <translation>[renseignement local], [autorités locales]</translation>
    </message>
    <message>
        <source>[local police]</source>
        <translation>[police locale]</translation>
    </message>
    <message>
        <source>[online accounts linked to opponents]</source>
        <translation>[comptes en ligne liés à vos adversaires]</translation>
    </message>
    <message>
        <source>[police unit]</source>
        <translation>[unité de police]</translation>
    </message>
    <message>
        <source>[police], [intelligence service]</source>
        <translation>[police], [service de renseignement]</translation>
    </message>
    <message>
        <source>[police], [unknown group]</source>
        <translation>[police], [groupe inconnu]</translation>
    </message>
    <message>
        <source>[prosecutor&apos;s office], [company]</source>
        <translation>[parquet], [entreprise]</translation>
    </message>
    <message>
        <source>[state security agency] or [private security staff]</source>
        <translation>[agence de sécurité de l&apos;État] ou [agents de sécurité privés]</translation>
    </message>
    <message>
        <source>[telecom provider under state pressure], [police]</source>
        <translation>[opérateur télécom sous pression de l&apos;État], [police]</translation>
    </message>
    <message>
        <source>[unknown persons], [armed group]</source>
        <translation>[personnes inconnues], [groupe armé]</translation>
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
