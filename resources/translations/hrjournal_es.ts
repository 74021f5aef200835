<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AffectedTable</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Choose who was affected in row %1 of People affected, or remove that row.</source>
        <translation>Elige quién resultó afectado en la fila %1 de Personas afectadas, o quita esa fila.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Attachment shown</source>
        <translation>Adjunto mostrado</translation>
    </message>
    <message>
        <source>Viewer message</source>
        <translation>Mensaje del visor</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Leyendo el adjunto</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop reading the attachment</source>
        <translation>Dejar de leer el adjunto</translation>
    </message>
    <message>
        <source>Reading the attachment…</source>
        <translation>Leyendo el adjunto…</translation>
    </message>
    <message>
        <source>Picture or page</source>
        <translation>Imagen o página</translation>
    </message>
    <message>
        <source>Picture or page, scrollable</source>
        <translation>Imagen o página, desplazable</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>Texto del adjunto</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Guardar una copia del adjunto</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ac&amp;ercar</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <source>HR Journal is still busy with the last task; please wait.</source>
        <translation>HR Journal todavía está ocupado con la tarea anterior; espera, por favor.</translation>
    </message>
    <message>
        <source>This PDF could not be opened here; it may be damaged or protected by a password.</source>
        <translation>No se pudo abrir este PDF aquí; puede estar dañado o protegido con contraseña.</translation>
    </message>
    <message>
        <source>This type of file cannot be shown inside HR Journal. It is kept safely in the journal; if you need to open it in another program, save a copy first.</source>
        <translation>Este tipo de archivo no se puede mostrar dentro de HR Journal. Está guardado de forma segura en el diario; si necesitas abrirlo con otro programa, guarda primero una copia.</translation>
    </message>
    <message>
        <source>This page could not be drawn.</source>
        <translation>No se pudo mostrar esta página.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>P&amp;ruebas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Evidence of this incident</source>
        <translation>Pruebas de este incidente</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation>Agregar archivos como pruebas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>View the selected evidence</source>
        <translation>Ver la prueba seleccionada</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence</source>
        <translation>Guardar una copia de la prueba seleccionada</translation>
    </message>
    <message>
        <source>Writes the file outside the journal, unencrypted; the custody log notes it.</source>
        <translation>Escribe el archivo fuera del diario, sin cifrar; el registro de custodia lo anota.</translation>
    </message>
    <message>
        <source>Progress of taking in the file</source>
        <translation>Progreso de la incorporación del archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel taking in files</source>
        <translation>Cancelar la incorporación de archivos</translation>
    </message>
    <message>
        <source>Evidence message</source>
        <translation>Mensaje sobre las pruebas</translation>
    </message>
    <message>
        <source>Chain of c&amp;ustody of the selected file</source>
        <translation>Cadena de c&amp;ustodia del archivo seleccionado</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Agregar pruebas</translation>
    </message>
    <message>
        <source>Taking in %1…</source>
        <translation>Incorporando %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Added %1; its SHA-256 fingerprint is %2.</source>
        <translation>Se agregó %1; su huella SHA-256 es %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added, nor any file after it.</source>
        <translation>Cancelado: no se agregó %1 ni ningún archivo posterior.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Guardar una copia de %1</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Guardando una copia de %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1. It is not encrypted; delete it when you no longer need it.</source>
        <translation>Se guardó una copia como %1. No está cifrada; bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1.</source>
        <translation>No se pudo escribir la copia: %1.</translation>
    </message>
    <message>
        <source>Add photos, documents or recordings as evidence of this incident.</source>
        <translation>Agrega fotos, documentos o grabaciones como pruebas de este incidente.</translation>
    </message>
    <message>
        <source>Save the incident first; then you can add evidence to it.</source>
        <translation>Primero guarda el incidente; después podrás agregarle pruebas.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the journal</source>
        <translation>Hacer una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>A backup is the whole journal in one encrypted file; keep it away from this laptop. Your passphrase is needed to seal it.</source>
        <translation>Una copia de seguridad es el diario completo en un solo archivo cifrado; guárdala lejos de esta computadora. Se necesita tu frase de contraseña para sellarla.</translation>
    </message>
    <message>
        <source>The backup always opens with your recovery secret; a backup passphrase lets it open without it too.</source>
        <translation>La copia siempre se abre con tu clave de recuperación; una frase de contraseña de la copia permite abrirla también sin ella.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Backup passphrase, if you want one</source>
        <translation>Frase de contraseña de la copia, si quieres una</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Repite la frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup message</source>
        <translation>Mensaje sobre la copia de seguridad</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Tu &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Backup passphrase (optional):</source>
        <translation>Frase de contraseña de la &amp;copia (opcional):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>&amp;Save the backup…</source>
        <translation>&amp;Guardar la copia…</translation>
    </message>
    <message>
        <source>Choose where to save the backup</source>
        <translation>Elegir dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <source>HR Journal backups (*.hrjb)</source>
        <translation>Copias de seguridad de HR Journal (*.hrjb)</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation>Las dos frases de contraseña de la copia no coinciden.</translation>
    </message>
    <message>
        <source>The journal is backed up to %1 (%2); keep that file safe, away from this laptop.</source>
        <translation>El diario se copió en %1 (%2); guarda ese archivo en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Backing up… a large journal can take a minute.</source>
        <translation>Haciendo la copia… un diario grande puede tardar un minuto.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>When the last backup was made</source>
        <translation>Cuándo se hizo la última copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up the journal…</source>
        <translation>Hacer una &amp;copia de seguridad del diario…</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Hacer una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Save the whole journal in one encrypted file, to keep away from this laptop.</source>
        <translation>Guarda el diario completo en un solo archivo cifrado, para tenerlo lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Última copia de seguridad: %1.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>You have no backup yet; make one on the Exports screen.</source>
        <translation>Todavía no tienes ninguna copia de seguridad; haz una en la pantalla Exportaciones.</translation>
    </message>
    <message>
        <source>Your last backup is a day old; make one on the Exports screen.</source>
        <translation>Tu última copia de seguridad tiene un día; haz una en la pantalla Exportaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old; make one on the Exports screen.</source>
        <translation>
            <numerusform>Tu última copia de seguridad tiene %n día; haz una en la pantalla Exportaciones.</numerusform>
            <numerusform>Tu última copia de seguridad tiene %n días; haz una en la pantalla Exportaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The months not named had no incidents.</source>
        <translation>Los meses no mencionados no tuvieron incidentes.</translation>
    </message>
</context>
<context>
    <name>ChannelLine</name>
    <message>
        <source>%1 (preferred)</source>
        <translation>%1 (preferido)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 for %2</source>
        <translation>Copiar %1 de %2</translation>
    </message>
    <message>
        <source>Copy to the clipboard; HR Journal empties the clipboard again soon after.</source>
        <translation>Copiar al portapapeles; HR Journal vacía el portapapeles poco después.</translation>
    </message>
</context>
<context>
    <name>ChannelTable</name>
    <message>
        <source>Ways to reach this contact</source>
        <translation>Medios para comunicarte con este contacto</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Medio de contacto</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Número o dirección</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>Número de seguridad o huella</translation>
    </message>
    <message>
        <source>&amp;Add a way to reach</source>
        <translation>&amp;Agregar un medio de contacto</translation>
    </message>
    <message>
        <source>Add a way to reach this contact</source>
        <translation>Agregar un medio para comunicarte con este contacto</translation>
    </message>
    <message>
        <source>R&amp;emove the selected way</source>
        <translation>&amp;Quitar el medio seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected way to reach</source>
        <translation>Quitar el medio de contacto seleccionado</translation>
    </message>
    <message>
        <source>Way to reach number %1 has no number or address; fill it in or remove that row.</source>
        <translation>El medio de contacto n.º %1 no tiene número ni dirección; complétalo o quita esa fila.</translation>
    </message>
    <message>
        <source>The date way to reach number %1 was verified is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>La fecha de verificación del medio de contacto n.º %1 no es una fecha válida; escríbela como YYYY-MM-DD, por ejemplo 2025-03-14.</translation>
    </message>
    <message>
        <source>Try this way first</source>
        <translation>Probar primero este medio</translation>
    </message>
</context>
<context>
    <name>CheckInEditor</name>
    <message>
        <source>Check-in contact</source>
        <translation>Contacto de reporte</translation>
    </message>
    <message>
        <source>When you check in</source>
        <translation>Cuándo te reportas</translation>
    </message>
    <message>
        <source>For example: every day at 09:00 and 21:00</source>
        <translation>Por ejemplo: todos los días a las 09:00 y a las 21:00</translation>
    </message>
    <message>
        <source>Check-in channel</source>
        <translation>Canal de reporte</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>How long to wait before acting, in minutes</source>
        <translation>Cuánto esperar antes de actuar, en minutos</translation>
    </message>
    <message>
        <source>Check-in &amp;contact:</source>
        <translation>&amp;Contacto de reporte:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>Wait &amp;before acting:</source>
        <translation>&amp;Esperar antes de actuar:</translation>
    </message>
    <message>
        <source>&amp;If a check-in is missed, in this order:</source>
        <translation>&amp;Si falta un reporte, en este orden:</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>Después de (minutos)</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>Steps when a check-in is missed</source>
        <translation>Pasos si falta un reporte</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>&amp;Agregar un paso</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Remove this step</source>
        <translation>&amp;Quitar este paso</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Agregar un paso</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Subir el paso seleccionado</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Bajar el paso seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Quitar el paso seleccionado</translation>
    </message>
    <message>
        <source>Who acts at step %1</source>
        <translation>Quién actúa en el paso %1</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Call number %1</source>
        <translation>Número %1 en el orden de llamada</translation>
    </message>
    <message>
        <source>No way to reach them is written down.</source>
        <translation>No hay ningún medio de contacto anotado.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponibilidad: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>What a PDF you share shows instead of the name, so the real name stays with you. For example: Lawyer A, or Friend in the capital.</source>
        <translation>Lo que muestra un PDF que compartes en lugar del nombre, para que el nombre real quede solo contigo. Por ejemplo: Abogada A, o Amigo en la capital.</translation>
    </message>
    <message>
        <source>Shown instead of the name in shared documents</source>
        <translation>Se muestra en lugar del nombre en los documentos compartidos</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persona u organización</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>For example: Arabic, French</source>
        <translation>Por ejemplo: árabe, francés</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>For example: weekdays 9 to 18, any time</source>
        <translation>Por ejemplo: días laborables de 9 a 18, a cualquier hora</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>Lugar en el orden de llamada</translation>
    </message>
    <message>
        <source>Not in the call order</source>
        <translation>Fuera del orden de llamada</translation>
    </message>
    <message>
        <source>1 is called first in an emergency; leave it at none to keep them off the list.</source>
        <translation>En una emergencia, se llama primero al 1; déjalo sin número para que no figure en la lista.</translation>
    </message>
    <message>
        <source>Documents this contact may receive</source>
        <translation>Documentos que este contacto puede recibir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>The last day you checked that these details still reach this person.</source>
        <translation>El último día en que comprobaste que estos datos todavía sirven para contactar a esta persona.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Set last verified to today</source>
        <translation>Poner hoy como fecha de última verificación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Guardar contacto</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>Ways to reac&amp;h:</source>
        <translation>&amp;Medios de contacto:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Availa&amp;bility:</source>
        <translation>&amp;Disponibilidad:</translation>
    </message>
    <message>
        <source>&amp;Call order:</source>
        <translation>&amp;Orden de llamada:</translation>
    </message>
    <message>
        <source>&amp;May receive:</source>
        <translation>&amp;Puede recibir:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Última &amp;verificación:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Please write the contact&apos;s name first.</source>
        <translation>Primero escribe el nombre del contacto.</translation>
    </message>
    <message>
        <source>The last verified date is not a real date; write it as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>La fecha de última verificación no es una fecha válida; escríbela como YYYY-MM-DD, por ejemplo 2025-03-14.</translation>
    </message>
</context>
<context>
    <name>ContactTreeEditor</name>
    <message>
        <source>The people to call, in this order, when something happens. The first person calls the next, and so on, so no one has to reach everyone.</source>
        <translation>Las personas a las que llamar, en este orden, cuando ocurre algo. La primera llama a la siguiente, y así sucesivamente, para que nadie tenga que contactar a todas.</translation>
    </message>
    <message>
        <source>&amp;Call in this order:</source>
        <translation>&amp;Llamar en este orden:</translation>
    </message>
    <message>
        <source>Contact tree, in calling order</source>
        <translation>Árbol de contactos, en orden de llamada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Remove from the tree</source>
        <translation>&amp;Quitar del árbol</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Subir el contacto seleccionado</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Bajar el contacto seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected contact from the tree</source>
        <translation>Quitar del árbol el contacto seleccionado</translation>
    </message>
    <message>
        <source>Add a &amp;contact:</source>
        <translation>Agregar un &amp;contacto:</translation>
    </message>
    <message>
        <source>Contact to add to the tree</source>
        <translation>Contacto que agregar al árbol</translation>
    </message>
    <message>
        <source>&amp;Add to the tree</source>
        <translation>&amp;Agregar al árbol</translation>
    </message>
    <message>
        <source>Add the chosen contact to the tree</source>
        <translation>Agregar al árbol el contacto elegido</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Call order</source>
        <translation>Orden de llamada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Search contacts (Ctrl+F)</source>
        <translation>Buscar contactos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Who to call &amp;first</source>
        <translation>A quién llamar &amp;primero</translation>
    </message>
    <message>
        <source>Show who to call first, in order</source>
        <translation>Mostrar a quién llamar primero, en orden</translation>
    </message>
    <message>
        <source>&amp;Print the emergency card…</source>
        <translation>&amp;Imprimir la tarjeta de emergencia…</translation>
    </message>
    <message>
        <source>Make a printable PDF card of who to call first</source>
        <translation>Crear una tarjeta PDF imprimible con a quién llamar primero</translation>
    </message>
</context>
<context>
    <name>CreateView</name>
    <message>
        <source>&lt;h2&gt;Create your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Crea tu diario&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Everything you write is encrypted with your passphrase. No one, not even the makers of HR Journal, can reset a forgotten passphrase: the recovery secret shown next is the only other way in.</source>
        <translation>Todo lo que escribes se cifra con tu frase de contraseña. Nadie, ni siquiera quienes crearon HR Journal, puede restablecer una frase de contraseña olvidada: la clave de recuperación que se muestra a continuación es la única otra forma de entrar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Tie the journal to this computer</source>
        <translation>Vincular el diario a esta computadora</translation>
    </message>
    <message>
        <source>A copy of the journal folder taken to another computer then cannot be opened with the passphrase alone. The recovery secret still opens it anywhere.</source>
        <translation>Así, una copia de la carpeta del diario llevada a otra computadora no se podrá abrir solo con la frase de contraseña. La clave de recuperación sigue abriéndolo en cualquier lugar.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation>Creando el diario</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>&amp;Crear diario</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Create again to use it anyway.</source>
        <translation>Esta frase de contraseña sería fácil de adivinar para alguien que se lleve tu computadora portátil. Agrega algunas palabras sin relación entre sí, o vuelve a hacer clic en Crear diario para usarla de todos modos.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Creando el diario…</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Chain of custody of the selected file</source>
        <translation>Cadena de custodia del archivo seleccionado</translation>
    </message>
</context>
<context>
    <name>DraftsBar</name>
    <message>
        <source>Unsaved edits kept</source>
        <translation>Cambios sin guardar conservados</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Restaurarlos</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Throw them away</source>
        <translation>Descartarlos</translation>
    </message>
    <message>
        <source>Throw the unsaved edits away</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>The journal locked while %n record(s) had unsaved edits; they were kept.</source>
        <translation>
            <numerusform>El diario se bloqueó mientras %n registro tenía cambios sin guardar; se conservaron.</numerusform>
            <numerusform>El diario se bloqueó mientras %n registros tenían cambios sin guardar; se conservaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Quitar la frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>Establecer una frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>If someone forces you to unlock, type the duress passphrase: the journal seems to open normally but is empty, and your real journal is destroyed for good.</source>
        <translation>Si alguien te obliga a desbloquear, escribe la frase de contraseña de coacción: el diario parece abrirse con normalidad, pero está vacío, y tu diario real se destruye para siempre.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Repite la frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Duress passphrase message</source>
        <translation>Mensaje sobre la frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Tu &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>Frase de &amp;coacción:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>&amp;Remove it</source>
        <translation>&amp;Quitarla</translation>
    </message>
    <message>
        <source>&amp;Set it</source>
        <translation>&amp;Establecerla</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Type the duress passphrase you want.</source>
        <translation>Escribe la frase de contraseña de coacción que quieres usar.</translation>
    </message>
    <message>
        <source>The two duress passphrases are not the same.</source>
        <translation>Las dos frases de contraseña de coacción no coinciden.</translation>
    </message>
    <message>
        <source>There is no duress passphrase now.</source>
        <translation>Ahora no hay ninguna frase de contraseña de coacción.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>La frase de contraseña de coacción está establecida.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>Trabajando… Esto tarda un momento.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Who to call first, in order</source>
        <translation>A quién llamar primero, en orden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>No one has a place in the call order yet. Open a contact and give them a number under Call order to see them here.</source>
        <translation>Todavía nadie tiene un lugar en el orden de llamada. Abre un contacto y asígnale un número en Orden de llamada para verlo aquí.</translation>
    </message>
</context>
<context>
    <name>ExportRegister</name>
    <message>
        <source>Files made from this journal</source>
        <translation>Archivos creados a partir de este diario</translation>
    </message>
    <message>
        <source>Every file made from this journal: PDF reports and cards, JSON and Uwazi exports, and backups. The panic wipe overwrites and deletes each one it can reach; delete one yourself as soon as it has served.</source>
        <translation>Todos los archivos creados a partir de este diario: informes y tarjetas en PDF, exportaciones JSON y Uwazi, y copias de seguridad. El borrado de emergencia sobrescribe y elimina todos los que puede alcanzar; borra cada uno en cuanto haya cumplido su función.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Delete now…</source>
        <translation>&amp;Eliminar ahora…</translation>
    </message>
    <message>
        <source>Overwrite and delete the selected file</source>
        <translation>Sobrescribir y eliminar el archivo seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the list of files again</source>
        <translation>Volver a leer la lista de archivos</translation>
    </message>
    <message>
        <source>Export register message</source>
        <translation>Mensaje del registro de exportaciones</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Para compartir</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no está)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Eliminar ahora</translation>
    </message>
    <message>
        <source>Overwrite and delete %1? This cannot be undone.</source>
        <translation>¿Sobrescribir y eliminar %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Overwrite and &amp;delete</source>
        <translation>Sobrescribir y &amp;eliminar</translation>
    </message>
    <message>
        <source>Overwrote and deleted %1.</source>
        <translation>Se sobrescribió y eliminó %1.</translation>
    </message>
</context>
<context>
    <name>ExportsView</name>
    <message>
        <source>Take everything out</source>
        <translation>Sacar todos los datos</translation>
    </message>
    <message>
        <source>A JSON export is NOT encrypted: anyone who finds the file can read every incident, contact and plan in it. Save it only to an encrypted drive, and delete it when you no longer need it.</source>
        <translation>Una exportación JSON NO está cifrada: cualquiera que encuentre el archivo puede leer todos los incidentes, contactos y planes que contiene. Guárdala solo en una unidad cifrada y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>&amp;Export everything as JSON…</source>
        <translation>&amp;Exportar todo como JSON…</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportar todo como JSON</translation>
    </message>
    <message>
        <source>Bring records in</source>
        <translation>Traer registros</translation>
    </message>
    <message>
        <source>Import adds the contacts, incidents, plans and attachments of an HR Journal JSON file. If anything in the file is wrong, nothing is added.</source>
        <translation>La importación agrega los contactos, incidentes, planes y adjuntos de un archivo JSON de HR Journal. Si algo del archivo no es correcto, no se agrega nada.</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importar desde JSON…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>Importar desde un archivo JSON</translation>
    </message>
    <message>
        <source>Export and import message</source>
        <translation>Mensaje de exportación e importación</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importar desde JSON</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n export(s) older than %1 days.</source>
        <translation>
            <numerusform>Se eliminó %n exportación de hace más de %1 días.</numerusform>
            <numerusform>Se eliminaron %n exportaciones de hace más de %1 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n old export(s): %1</source>
        <translation>
            <numerusform>No se pudo eliminar %n exportación antigua: %1</numerusform>
            <numerusform>No se pudieron eliminar %n exportaciones antiguas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Help page</source>
        <translation>Página de ayuda</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous help page</source>
        <translation>Volver a la página de ayuda anterior</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <source>All help topics</source>
        <translation>Todos los temas de ayuda</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Saved &amp;content of the selected revision</source>
        <translation>&amp;Contenido guardado de la versión seleccionada</translation>
    </message>
    <message>
        <source>Saved content of the selected revision</source>
        <translation>Contenido guardado de la versión seleccionada</translation>
    </message>
    <message>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>El historial empieza cuando se guarda el registro.</translation>
    </message>
    <message>
        <source>The history will show when HR Journal is done.</source>
        <translation>El historial aparecerá cuando HR Journal termine.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>Primer guardado</translation>
    </message>
    <message>
        <source>Saved without changes</source>
        <translation>Guardado sin cambios</translation>
    </message>
    <message>
        <source>The record was deleted in this revision.</source>
        <translation>El registro se eliminó en esta versión.</translation>
    </message>
</context>
<context>
    <name>IncidentCount</name>
    <message>
        <source>1 incident</source>
        <translation>1 incidente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incidents</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Guardar el incidente</translation>
    </message>
    <message>
        <source>Save the incident (Ctrl+S)</source>
        <translation>Guardar el incidente (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the incident a title before saving; a few words will do.</source>
        <translation>Ponle un título al incidente antes de guardarlo; bastan unas pocas palabras.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 must be a number such as 19.4326; it is now “%2”.</source>
        <translation>%1 debe ser un número como 19.4326; ahora es «%2».</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>S&amp;ources and actions</source>
        <translation>&amp;Fuentes y acciones</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Prue&amp;bas</translation>
    </message>
    <message>
        <source>&amp;Assessment and notes</source>
        <translation>&amp;Análisis y notas</translation>
    </message>
    <message>
        <source>&amp;Confidentiality</source>
        <translation>&amp;Confidencialidad</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Given when you first save</source>
        <translation>Se asigna al guardar por primera vez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Still &amp;going on</source>
        <translation>&amp;Sigue en curso</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Sigue en curso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find it by, separated by commas</source>
        <translation>Palabras para encontrarlo, separadas por comas</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Tipos de incidente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What happened, in order: who, what, when, where, how.</source>
        <translation>Qué pasó, en orden: quién, qué, cuándo, dónde, cómo.</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Etiq&amp;uetas</translation>
    </message>
    <message>
        <source>Incident t&amp;ypes</source>
        <translation>Tip&amp;os de incidente</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Ciudad o localidad</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>Detalles del lugar</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Town or ci&amp;ty</source>
        <translation>Ciu&amp;dad o localidad</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etalles</translation>
    </message>
    <message>
        <source>&amp;Kind of place</source>
        <translation>&amp;Tipo de lugar</translation>
    </message>
    <message>
        <source>Latit&amp;ude</source>
        <translation>Lat&amp;itud</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>Lo&amp;ngitud</translation>
    </message>
    <message>
        <source>Coordinates are optional. They are never put in exported reports unless you choose to include them.</source>
        <translation>Las coordenadas son opcionales. Nunca se incluyen en los informes exportados, salvo que decidas incluirlas.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>What it changed for you, your work, your family or others.</source>
        <translation>Qué cambió para ti, tu trabajo, tu familia u otras personas.</translation>
    </message>
    <message>
        <source>Pe&amp;rpetrators</source>
        <translation>Pe&amp;rpetradores</translation>
    </message>
    <message>
        <source>People a&amp;ffected</source>
        <translation>Personas afec&amp;tadas</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impacto</translation>
    </message>
    <message>
        <source>Sou&amp;rces: how you know</source>
        <translation>Fue&amp;ntes: cómo lo sabes</translation>
    </message>
    <message>
        <source>Ac&amp;tions taken</source>
        <translation>Acciones reali&amp;zadas</translation>
    </message>
    <message>
        <source>Related i&amp;ncidents</source>
        <translation>Incidentes relaci&amp;onados</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Quién está detrás</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Viabilidad</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>What is known for certain.</source>
        <translation>Lo que se sabe con certeza.</translation>
    </message>
    <message>
        <source>Is it part of a series? Is it escalating?</source>
        <translation>¿Forma parte de una serie? ¿Va en aumento?</translation>
    </message>
    <message>
        <source>What do they want to achieve?</source>
        <translation>¿Qué quieren conseguir?</translation>
    </message>
    <message>
        <source>Who may be behind it, and why.</source>
        <translation>Quién puede estar detrás, y por qué.</translation>
    </message>
    <message>
        <source>Could they carry out the threat?</source>
        <translation>¿Podrían cumplir la amenaza?</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>H&amp;echos</translation>
    </message>
    <message>
        <source>Pa&amp;ttern</source>
        <translation>Pa&amp;trón</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Who is behin&amp;d it</source>
        <translation>Quién está &amp;detrás</translation>
    </message>
    <message>
        <source>F&amp;easibility</source>
        <translation>&amp;Viabilidad</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Análisis de la amenaza</translation>
    </message>
    <message>
        <source>P&amp;rivate notes (only for you)</source>
        <translation>Notas p&amp;rivadas (solo para ti)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Who may see each part when you share a report. Restricted parts go only to people you trust; confidential parts stay with you unless you choose otherwise.</source>
        <translation>Quién puede ver cada parte cuando compartes un informe. Las partes restringidas solo llegan a personas de tu confianza; las confidenciales se quedan contigo, salvo que decidas otra cosa.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Search incidents (Ctrl+F)</source>
        <translation>Buscar incidentes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Buscar incidentes</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>Make a PDF report of the open incident</source>
        <translation>Crear un informe PDF del incidente abierto</translation>
    </message>
    <message>
        <source>Su&amp;mmary…</source>
        <translation>Re&amp;sumen…</translation>
    </message>
    <message>
        <source>Make a PDF summary of the incidents in the list</source>
        <translation>Crear un resumen PDF de los incidentes de la lista</translation>
    </message>
    <message>
        <source>No incident matches the filters: there is nothing to sum up.</source>
        <translation>Ningún incidente coincide con los filtros: no hay nada que resumir.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Happened on or after %1</source>
        <translation>Ocurrido el %1 o después</translation>
    </message>
    <message>
        <source>Happened on or before %1</source>
        <translation>Ocurrido el %1 o antes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 no es una fecha; escríbela como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No incident matches.</source>
        <translation>Ningún incidente coincide.</translation>
    </message>
</context>
<context>
    <name>InterventionsTable</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Contacto vinculado</translation>
    </message>
    <message>
        <source>Told or asked</source>
        <translation>A quién se dirigió</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Actions taken, row %1: %2</source>
        <translation>Acciones realizadas, fila %1: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Cancelar el trabajo en curso</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Planes de seguridad</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Bloquear el diario (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Bloquear el diario</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Working… The journal is busy for a moment.</source>
        <translation>Trabajando… El diario está ocupado por un momento.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>LanguageView</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Panic wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>HR Journal</source>
        <translation>HR Journal</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>El diario está bloqueado.</translation>
    </message>
    <message>
        <source>HR Journal hit an internal error (%1) and locked the journal; please report it.</source>
        <translation>HR Journal tuvo un error interno (%1) y bloqueó el diario; por favor, infórmalo.</translation>
    </message>
    <message>
        <source>Copied; cleared from the clipboard in %1 seconds.</source>
        <translation>Copiado; se borrará del portapapeles en %1 segundos.</translation>
    </message>
    <message>
        <source>Please wait a moment: HR Journal is working.</source>
        <translation>Espera un momento, por favor: HR Journal está trabajando.</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Panic wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>Panic wipe: destroy the journal and its exports</source>
        <translation>Borrado de emergencia: destruir el diario y sus exportaciones</translation>
    </message>
    <message>
        <source>Destroy the journal and every file exported from it, after a short countdown you can stop (Ctrl+Shift+Del).</source>
        <translation>Destruye el diario y cada archivo exportado de él, tras una breve cuenta atrás que puedes detener (Ctrl+Shift+Del).</translation>
    </message>
</context>
<context>
    <name>PanicCountdown</name>
    <message>
        <source>Panic wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>Panic wipe countdown</source>
        <translation>Cuenta atrás del borrado de emergencia</translation>
    </message>
    <message>
        <source>Time before the wipe</source>
        <translation>Tiempo antes del borrado</translation>
    </message>
    <message>
        <source>Press any key or click to cancel.</source>
        <translation>Pulsa cualquier tecla o haz clic para cancelar.</translation>
    </message>
    <message>
        <source>Cancel the wipe</source>
        <translation>Cancelar el borrado</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the journal in %n…</source>
        <translation>
            <numerusform>Borrando el diario en %n segundo…</numerusform>
            <numerusform>Borrando el diario en %n segundos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanicSettings</name>
    <message>
        <source>In an emergency</source>
        <translation>En caso de emergencia</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>De inmediato</translation>
    </message>
    <message>
        <source>Panic countdown in seconds</source>
        <translation>Cuenta atrás del borrado de emergencia, en segundos</translation>
    </message>
    <message>
        <source>After the panic button or Ctrl+Shift+Del, the seconds left to cancel the wipe by pressing any key.</source>
        <translation>Tras el botón de borrado de emergencia o Ctrl+Shift+Del, los segundos que tienes para cancelar el borrado pulsando cualquier tecla.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Wipe the journal after this many wrong passphrases</source>
        <translation>Borrar el diario tras este número de frases de contraseña incorrectas</translation>
    </message>
    <message>
        <source>The count of wrong passphrases is kept beside the journal, unencrypted; a wipe cannot be undone.</source>
        <translation>El número de frases de contraseña incorrectas se guarda junto al diario, sin cifrar; un borrado no se puede deshacer.</translation>
    </message>
    <message>
        <source>Save e&amp;mergency settings</source>
        <translation>Guardar la configuración de e&amp;mergencia</translation>
    </message>
    <message>
        <source>Emergency settings message</source>
        <translation>Mensaje de la configuración de emergencia</translation>
    </message>
    <message>
        <source>Set a &amp;duress passphrase…</source>
        <translation>Establecer una frase de &amp;coacción…</translation>
    </message>
    <message>
        <source>Remove the duress passphrase…</source>
        <translation>Quitar la frase de contraseña de coacción…</translation>
    </message>
    <message>
        <source>&amp;Practise a wipe…</source>
        <translation>&amp;Practicar un borrado…</translation>
    </message>
    <message>
        <source>Panic cou&amp;ntdown:</source>
        <translation>Cuenta a&amp;trás del borrado:</translation>
    </message>
    <message>
        <source>&amp;Wipe after wrong passphrases:</source>
        <translation>&amp;Borrar tras frases incorrectas:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PanicWipe</name>
    <message>
        <source>The system refused (%1).</source>
        <translation>El sistema se negó (%1).</translation>
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
        <translation>Escribe lo que sepas: un año (2024), un mes (2024-03), un día (2024-03-05) o un día y una hora (2024-03-05T14:30).</translation>
    </message>
    <message>
        <source>%1: how sure</source>
        <translation>%1: grado de certeza</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>&lt;h2&gt;Patterns&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Patrones&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you record incidents with a start date or a type, this page shows when they happened and what kinds they were.</source>
        <translation>Todavía no hay nada que mostrar. Cuando registres incidentes con fecha de inicio o tipo, esta página mostrará cuándo ocurrieron y de qué tipo fueron.</translation>
    </message>
    <message>
        <source>No patterns yet</source>
        <translation>Todavía no hay patrones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Incidentes por tipo</translation>
    </message>
    <message>
        <source>Click a mark to open the incident. Hollow marks are incidents known only to the month or year, placed in the middle of that time.</source>
        <translation>Haz clic en una marca para abrir el incidente. Las marcas huecas son incidentes de los que solo se conoce el mes o el año; aparecen a mitad de ese período.</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Incidents by &amp;month</source>
        <translation>Incidentes por &amp;mes</translation>
    </message>
    <message>
        <source>Incidents dated only to a year are not counted here.</source>
        <translation>Aquí no se cuentan los incidentes de los que solo se conoce el año.</translation>
    </message>
    <message>
        <source>Incidents by t&amp;ype</source>
        <translation>Incidentes por &amp;tipo</translation>
    </message>
    <message>
        <source>An incident of several types is counted under each.</source>
        <translation>Un incidente de varios tipos se cuenta en cada uno de ellos.</translation>
    </message>
    <message>
        <source>1 incident has a start date.</source>
        <translation>1 incidente tiene fecha de inicio.</translation>
    </message>
    <message>
        <source>%1 have a start date.</source>
        <translation>%1 tienen fecha de inicio.</translation>
    </message>
    <message>
        <source>One of them is dated only to a year.</source>
        <translation>De uno de ellos solo se conoce el año.</translation>
    </message>
    <message>
        <source>%1 of them are dated only to a year.</source>
        <translation>De %1 de ellos solo se conoce el año.</translation>
    </message>
    <message>
        <source>The busiest months had %1 each; there were %2 of them.</source>
        <translation>Los meses con más incidentes tuvieron %1 cada uno; fueron %2 meses.</translation>
    </message>
    <message>
        <source>The busiest month was %1, with %2.</source>
        <translation>El mes con más incidentes fue %1, con %2.</translation>
    </message>
    <message>
        <source>The busiest months were %1, with %2 each.</source>
        <translation>Los meses con más incidentes fueron %1, con %2 cada uno.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Incidents without a start date are not on the timeline.</source>
        <translation>Los incidentes sin fecha de inicio no aparecen en la cronología.</translation>
    </message>
</context>
<context>
    <name>PerpetratorsTable</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Contacto vinculado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Cómo se identificó</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <source>Me (the keeper of this journal)</source>
        <translation>Yo (quien lleva este diario)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Review reminder</source>
        <translation>Recordatorio de revisión</translation>
    </message>
    <message>
        <source>Problem with this plan</source>
        <translation>Problema con este plan</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Partes del plan</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>Guardar el plan de seguridad</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Sobre este plan</translation>
    </message>
    <message>
        <source>Each risk is scored likelihood times impact, each from 1 (very low) to 5 (very high). The risk level follows from the score.</source>
        <translation>Cada riesgo se puntúa como probabilidad por impacto, cada uno de 1 (muy bajo) a 5 (muy alto). El nivel de riesgo se deriva de la puntuación.</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocolo de reportes</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Árbol de contactos</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registro de revisiones</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Whose plan this is</source>
        <translation>De quién es este plan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Última revisión el</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Próxima revisión el</translation>
    </message>
    <message>
        <source>When to review the plan sooner</source>
        <translation>Cuándo revisar el plan antes</translation>
    </message>
    <message>
        <source>Events that mean this plan must be read again, such as a new threat.</source>
        <translation>Hechos que obligan a volver a leer este plan, como una nueva amenaza.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Tit&amp;ular:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>Ú&amp;ltima revisión:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Próxima revisión:</translation>
    </message>
    <message>
        <source>Review soone&amp;r if:</source>
        <translation>&amp;Revisar antes si:</translation>
    </message>
    <message>
        <source>These kept edits could not be read back.</source>
        <translation>No se pudieron recuperar estos cambios conservados.</translation>
    </message>
    <message>
        <source>Give the plan a title before saving it.</source>
        <translation>Ponle un título al plan antes de guardarlo.</translation>
    </message>
    <message>
        <source>The last review date</source>
        <translation>La fecha de la última revisión</translation>
    </message>
    <message>
        <source>The next review date</source>
        <translation>La fecha de la próxima revisión</translation>
    </message>
    <message>
        <source>%1 is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1 no es una fecha válida; escríbela como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This plan was due for review on %1. Read it through, change what is no longer true and add a line to the review log.</source>
        <translation>Este plan debía revisarse el %1. Reléelo entero, cambia lo que ya no sea cierto y agrega una línea al registro de revisiones.</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (toca revisar)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Planes de seguridad</translation>
    </message>
    <message>
        <source>New safety plan from the chosen template</source>
        <translation>Nuevo plan de seguridad a partir de la plantilla elegida</translation>
    </message>
    <message>
        <source>Template for a new plan</source>
        <translation>Plantilla para un plan nuevo</translation>
    </message>
    <message>
        <source>New plans start from:</source>
        <translation>Los planes nuevos parten de:</translation>
    </message>
    <message>
        <source>Review reminder</source>
        <translation>Recordatorio de revisión</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>Make a PDF of the open safety plan</source>
        <translation>Crear un PDF del plan de seguridad abierto</translation>
    </message>
    <message>
        <source>Time to review: %1. Plans work only while they match your situation.</source>
        <translation>Hay que revisar: %1. Los planes solo sirven mientras se ajustan a tu situación.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Tienes cambios que todavía no se han guardado.</translation>
    </message>
    <message>
        <source>&amp;Save them</source>
        <translation>&amp;Guardarlos</translation>
    </message>
    <message>
        <source>&amp;Throw them away</source>
        <translation>&amp;Descartarlos</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Empezar un registro nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <source>List message</source>
        <translation>Mensaje de la lista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this record and empty its history? This cannot be undone.</source>
        <translation>¿Eliminar este registro y vaciar su historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Eliminarlo</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Agregar una fila a %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation>Quitar la fila elegida de %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>&lt;h2&gt;Write down your recovery secret&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anota tu clave de recuperación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>It opens the journal if you forget your passphrase. It is shown only now. Write it on paper and keep it away from this computer.</source>
        <translation>Abre el diario si olvidas tu frase de contraseña. Solo se muestra ahora. Escríbela en papel y guárdala lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The group of the recovery secret asked for</source>
        <translation>El grupo de la clave de recuperación que se pide</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>When it is written down, type group %1 of %2 from your paper:</source>
        <translation>Cuando la tengas anotada, escribe el grupo %1 de %2 de tu papel:</translation>
    </message>
    <message>
        <source>That is not group %1; check your paper.</source>
        <translation>Ese no es el grupo %1; revisa tu papel.</translation>
    </message>
</context>
<context>
    <name>RelatedIncidentsTable</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>Incidentes relacionados</translation>
    </message>
    <message>
        <source>Choose the incident and how it is related in row %1 of Related incidents, or remove that row.</source>
        <translation>Elige el incidente y su tipo de relación en la fila %1 de Incidentes relacionados, o quita esa fila.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>What the report is about</source>
        <translation>De qué trata el informe</translation>
    </message>
    <message>
        <source>Show &amp;images of the evidence</source>
        <translation>Mostrar las &amp;imágenes de las pruebas</translation>
    </message>
    <message>
        <source>Show images of the evidence</source>
        <translation>Mostrar las imágenes de las pruebas</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Mensaje del informe</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the report window</source>
        <translation>Cerrar la ventana del informe</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidente</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Resumen de incidentes</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Tarjeta de contactos de emergencia</translation>
    </message>
    <message>
        <source>The people in your call order, and how to reach them.</source>
        <translation>Las personas de tu orden de llamada y cómo contactarlas.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>All the incidents in the journal.</source>
        <translation>Todos los incidentes del diario.</translation>
    </message>
    <message>
        <source>The incidents chosen by: %1</source>
        <translation>Los incidentes elegidos según: %1</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>¿Para quién es esta copia?</translation>
    </message>
    <message>
        <source>&amp;Share (redacted, for other people)</source>
        <translation>Para compar&amp;tir (con datos ocultos, para otras personas)</translation>
    </message>
    <message>
        <source>Share: redacted, for other people</source>
        <translation>Para compartir: con datos ocultos, para otras personas</translation>
    </message>
    <message>
        <source>&amp;Full (everything, for yourself)</source>
        <translation>Co&amp;mpleta (todo, para ti)</translation>
    </message>
    <message>
        <source>Full: everything, for yourself</source>
        <translation>Completa: todo, para ti</translation>
    </message>
    <message>
        <source>A safety plan is only made in full: it tells whoever reads it when you would be missed and what you would do. Protect it with a password.</source>
        <translation>Un plan de seguridad solo se crea completo: le dice a quien lo lea cuándo se notaría tu ausencia y qué harías. Protégelo con una contraseña.</translation>
    </message>
    <message>
        <source>Why a safety plan is only made in full</source>
        <translation>Por qué un plan de seguridad solo se crea completo</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>Lo que esta copia deja fuera</translation>
    </message>
    <message>
        <source>What is kept as you wrote it</source>
        <translation>Lo que se mantiene tal como lo escribiste</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Protect the PDF with a password</source>
        <translation>&amp;Proteger el PDF con una contraseña</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Proteger el PDF con una contraseña</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Repite la contraseña del PDF</translation>
    </message>
    <message>
        <source>The password is never stored. Give it to the reader another way than the file: in person, by phone or in a different app.</source>
        <translation>La contraseña nunca se guarda. Dásela a quien vaya a leer el archivo por otra vía: en persona, por teléfono o en otra aplicación.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>Sobre la contraseña</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Mensaje sobre la contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>Names of people and organisations: their aliases are shown instead.</source>
        <translation>Los nombres de personas y organizaciones: en su lugar se muestran sus alias.</translation>
    </message>
    <message>
        <source>Sources and witnesses.</source>
        <translation>Las fuentes y los testigos.</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Las notas privadas.</translation>
    </message>
    <message>
        <source>The threat assessment.</source>
        <translation>El análisis de la amenaza.</translation>
    </message>
    <message>
        <source>Phone numbers, addresses, accounts and fingerprints.</source>
        <translation>Los números de teléfono, direcciones, cuentas y huellas de claves.</translation>
    </message>
    <message>
        <source>Map coordinates.</source>
        <translation>Las coordenadas del mapa.</translation>
    </message>
    <message>
        <source>Place details: only the town and the country are kept.</source>
        <translation>Los detalles del lugar: solo se conservan la localidad y el país.</translation>
    </message>
    <message>
        <source>The original names of evidence files.</source>
        <translation>Los nombres originales de los archivos de prueba.</translation>
    </message>
    <message>
        <source>The custody log of evidence.</source>
        <translation>El registro de custodia de las pruebas.</translation>
    </message>
    <message>
        <source>Every part of an incident marked confidential.</source>
        <translation>Cualquier parte de un incidente marcada como confidencial.</translation>
    </message>
    <message>
        <source>The whole plan: a safety plan is only exported in full.</source>
        <translation>El plan entero: un plan de seguridad solo se exporta completo.</translation>
    </message>
    <message>
        <source>Notes about contacts.</source>
        <translation>Las notas sobre los contactos.</translation>
    </message>
    <message>
        <source>Text you wrote yourself (titles, descriptions, plan sections) is kept as written: read it for names before you share.</source>
        <translation>El texto que escribiste (títulos, descripciones, secciones del plan) se conserva tal cual: revísalo en busca de nombres antes de compartir.</translation>
    </message>
    <message>
        <source>Nothing is removed: this copy holds every detail, names and contact details included.</source>
        <translation>No se quita nada: esta copia contiene todos los detalles, incluidos nombres y datos de contacto.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>A PDF password needs at least %1 characters; a short one is guessed in minutes.</source>
        <translation>La contraseña del PDF necesita al menos %1 caracteres; una corta se adivina en minutos.</translation>
    </message>
    <message>
        <source>A PDF password can be at most %1 bytes long (about 60 letters of a non-Latin script), or some readers will not open the PDF.</source>
        <translation>Una contraseña de PDF puede tener como máximo %1 bytes (unas 60 letras de un alfabeto no latino); si no, algunos lectores no abrirán el PDF.</translation>
    </message>
    <message>
        <source>This PDF password holds a character that PDF readers do not all read alike (an invisible or unusual character or space); choose another.</source>
        <translation>Esta contraseña de PDF contiene un carácter que no todos los lectores de PDF leen igual (un carácter o espacio invisible o poco común); elija otra.</translation>
    </message>
    <message>
        <source>Matching a search (its words are left out of shared copies)</source>
        <translation>Que coinciden con una búsqueda (sus palabras no aparecen en las copias para compartir)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this report?</source>
        <translation>%1 ya existe. ¿Reemplazarlo con este informe?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Reemplazarlo</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Creando el informe…</translation>
    </message>
    <message>
        <source>Saved %1 (%2). It is in the export register; the panic wipe will destroy it.</source>
        <translation>Se guardó %1 (%2). Está en el registro de exportaciones; el borrado de emergencia lo destruirá.</translation>
    </message>
    <message>
        <source>It has no password: anyone who gets the file can read it.</source>
        <translation>No tiene contraseña: cualquiera que consiga el archivo puede leerlo.</translation>
    </message>
</context>
<context>
    <name>ReviewLogEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registro de revisiones</translation>
    </message>
    <message>
        <source>&amp;Add a review</source>
        <translation>&amp;Agregar una revisión</translation>
    </message>
    <message>
        <source>Add a review dated today</source>
        <translation>Agregar una revisión con fecha de hoy</translation>
    </message>
    <message>
        <source>&amp;Remove this review</source>
        <translation>&amp;Quitar esta revisión</translation>
    </message>
    <message>
        <source>Remove the selected review</source>
        <translation>Quitar la revisión seleccionada</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Probabilidad (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Impacto (1-5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Who or what is behind it</source>
        <translation>Quién o qué está detrás</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Si ocurre</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>&amp;Add a risk</source>
        <translation>&amp;Agregar un riesgo</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Agregar un riesgo</translation>
    </message>
    <message>
        <source>&amp;Remove this risk</source>
        <translation>&amp;Quitar este riesgo</translation>
    </message>
    <message>
        <source>Remove the selected risk</source>
        <translation>Quitar el riesgo seleccionado</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings message</source>
        <translation>Mensaje de configuración</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translation>Borrar el texto copiado tras estos segundos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Delete exports after this many days</source>
        <translation>Eliminar las exportaciones tras estos días</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, PDF and JSON files made from it longer ago than this are overwritten and deleted.</source>
        <translation>Cada vez que desbloqueas el diario, los archivos PDF y JSON creados a partir de él hace más tiempo que este se sobrescriben y se eliminan.</translation>
    </message>
    <message>
        <source>Remind me to back up after this many days</source>
        <translation>Recordarme hacer una copia de seguridad tras estos días</translation>
    </message>
    <message>
        <source>Each time you unlock the journal, HR Journal says so if the last backup is older than this, or if there is none yet.</source>
        <translation>Cada vez que desbloqueas el diario, HR Journal te avisa si la última copia de seguridad es más antigua que esto, o si todavía no hay ninguna.</translation>
    </message>
    <message>
        <source>Screenshots and screen sharing leave HR Journal&apos;s windows out.</source>
        <translation>Las capturas de pantalla y el uso compartido de pantalla no muestran las ventanas de HR Journal.</translation>
    </message>
    <message>
        <source>This system cannot keep HR Journal&apos;s windows out of screenshots or screen sharing; lock the journal before sharing your screen.</source>
        <translation>Este sistema no puede ocultar las ventanas de HR Journal en las capturas de pantalla ni al compartir la pantalla; bloquea el diario antes de compartir tu pantalla.</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save the protection settings</source>
        <translation>Guardar la configuración de protección</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after:</source>
        <translation>Borrar el texto &amp;copiado tras:</translation>
    </message>
    <message>
        <source>Delete &amp;exports after (days):</source>
        <translation>Eliminar las &amp;exportaciones tras (días):</translation>
    </message>
    <message>
        <source>Remind me to &amp;back up after (days):</source>
        <translation>Recordar la copia de &amp;seguridad tras (días):</translation>
    </message>
    <message>
        <source>Language and discretion</source>
        <translation>Idioma y discreción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Discreet mode: a neutral window title and icon</source>
        <translation>Modo discreto: título e icono de ventana neutros</translation>
    </message>
    <message>
        <source>Save &amp;language and discretion</source>
        <translation>Guardar &amp;idioma y discreción</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase or recovery secret</source>
        <translation>Frase de contraseña actual o clave de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Cambiar &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase message</source>
        <translation>Mensaje sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>Share the recovery secret with &amp;trusted contacts…</source>
        <translation>Compa&amp;rtir la clave de recuperación con contactos de confianza…</translation>
    </message>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>Compartir la clave de recuperación con contactos de confianza</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actual:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nueva:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repítela:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of HR Journal.</source>
        <translation>Guardado. El nuevo idioma se usará a partir del próximo inicio de HR Journal.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Change again to use it anyway.</source>
        <translation>Esta frase de contraseña sería fácil de adivinar para quien se lleve tu computadora. Agrega algunas palabras sin relación entre sí, o vuelve a pulsar Cambiar para usarla de todos modos.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase is changed; use the new one from now on.</source>
        <translation>La frase de contraseña se cambió; a partir de ahora usa la nueva.</translation>
    </message>
</context>
<context>
    <name>ShareCardsDialog</name>
    <message>
        <source>Share the recovery secret with trusted contacts</source>
        <translation>Compartir la clave de recuperación con contactos de confianza</translation>
    </message>
    <message>
        <source>Making the cards</source>
        <translation>Creando las tarjetas</translation>
    </message>
    <message>
        <source>Share cards message</source>
        <translation>Mensaje sobre las tarjetas de partes</translation>
    </message>
    <message>
        <source>&amp;Make the cards</source>
        <translation>&amp;Crear las tarjetas</translation>
    </message>
    <message>
        <source>Make the share cards</source>
        <translation>Crear las tarjetas de partes</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Keepers of the cards</source>
        <translation>Custodios de las tarjetas</translation>
    </message>
    <message>
        <source>Check each contact who keeps one card; the cards are numbered in this order.</source>
        <translation>Marca cada contacto que guardará una tarjeta; las tarjetas se numeran en este orden.</translation>
    </message>
    <message>
        <source>Cards needed to rebuild the recovery secret</source>
        <translation>Tarjetas necesarias para reconstruir la clave de recuperación</translation>
    </message>
    <message>
        <source>Language of the cards</source>
        <translation>Idioma de las tarjetas</translation>
    </message>
    <message>
        <source>Folder for the cards</source>
        <translation>Carpeta para las tarjetas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for the cards</source>
        <translation>Elegir la carpeta para las tarjetas</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Tu &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Keepers:</source>
        <translation>Cus&amp;todios:</translation>
    </message>
    <message>
        <source>Cards &amp;needed:</source>
        <translation>Tarjetas &amp;necesarias:</translation>
    </message>
    <message>
        <source>&amp;Language of the cards:</source>
        <translation>&amp;Idioma de las tarjetas:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>This makes a NEW recovery secret: the one you wrote down stops working. Each card goes to one keeper; any %1 of them rebuild it.</source>
        <translation>Esto crea una clave de recuperación NUEVA: la que anotaste deja de funcionar. Cada tarjeta va a un custodio; %1 cualesquiera de ellas la reconstruyen.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Check at least two contacts to keep the cards.</source>
        <translation>Marca al menos dos contactos para guardar las tarjetas.</translation>
    </message>
    <message>
        <source>At most %1 cards can be made; check fewer contacts.</source>
        <translation>Se pueden crear como máximo %1 tarjetas; marca menos contactos.</translation>
    </message>
    <message>
        <source>Choose the folder for the cards first.</source>
        <translation>Primero elige la carpeta para las tarjetas.</translation>
    </message>
    <message numerus="yes">
        <source>The cards are in %1 (%n of them): print each one, hand it to its keeper in person, then delete the files on the Exports screen.</source>
        <translation>
            <numerusform>Las tarjetas están en %1 (%n en total): imprime cada una, entrégala en persona a su custodio y luego borra los archivos en la pantalla Exportaciones.</numerusform>
            <numerusform>Las tarjetas están en %1 (%n en total): imprime cada una, entrégala en persona a su custodio y luego borra los archivos en la pantalla Exportaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cards… this takes a moment.</source>
        <translation>Creando las tarjetas… tarda un momento.</translation>
    </message>
</context>
<context>
    <name>SharesRecoveryDialog</name>
    <message>
        <source>Set a new passphrase with recovery shares</source>
        <translation>Establecer una nueva frase de contraseña con partes de recuperación</translation>
    </message>
    <message>
        <source>Type the words of each card you have from your trusted contacts, as printed, separated by spaces. The cards say how many of them are needed.</source>
        <translation>Escribe las palabras de cada tarjeta que tengas de tus contactos de confianza, tal como están impresas, separadas por espacios. Las tarjetas indican cuántas se necesitan.</translation>
    </message>
    <message>
        <source>&amp;Add another share</source>
        <translation>&amp;Añadir otra parte</translation>
    </message>
    <message>
        <source>Add a box for another share</source>
        <translation>Añadir un cuadro para otra parte</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>Estableciendo la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery shares message</source>
        <translation>Mensaje sobre las partes de recuperación</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>&amp;Set the new passphrase</source>
        <translation>&amp;Establecer la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Set the new passphrase with these shares</source>
        <translation>Establecer la nueva frase de contraseña con estas partes</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>Share %1:</source>
        <translation>Parte %1:</translation>
    </message>
    <message>
        <source>Type the words of your shares first.</source>
        <translation>Primero escribe las palabras de tus partes.</translation>
    </message>
    <message>
        <source>Type the new passphrase you want.</source>
        <translation>Escribe la nueva frase de contraseña que quieres.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess for someone who takes your laptop. Add a few unrelated words, or click Set again to use it anyway.</source>
        <translation>Esta frase de contraseña sería fácil de adivinar para quien se lleve tu computadora. Agrega algunas palabras sin relación entre sí, o vuelve a pulsar Establecer para usarla de todos modos.</translation>
    </message>
    <message>
        <source>The new passphrase is set; unlock with it now.</source>
        <translation>La nueva frase de contraseña está establecida; desbloquea con ella ahora.</translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation>Trabajando… Esto tarda un momento.</translation>
    </message>
</context>
<context>
    <name>SourcesTable</name>
    <message>
        <source>Linked contact</source>
        <translation>Contacto vinculado</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>Muy débil: fácil de adivinar</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>Débil: agrega más palabras</translation>
    </message>
    <message>
        <source>Fair: one or two more words would help</source>
        <translation>Aceptable: una o dos palabras más ayudarían</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy sólida</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of incidents</source>
        <translation>Cronología de incidentes</translation>
    </message>
    <message>
        <source>1 incident: %1. Press Enter to open it.</source>
        <translation>1 incidente: %1. Presiona Enter para abrirlo.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3. Use the arrow keys to go from one to the next.</source>
        <translation>%1, desde %2 hasta %3. Usa las teclas de flecha para pasar de uno a otro.</translation>
    </message>
    <message>
        <source>Selected: %1. Press Enter to open it.</source>
        <translation>Seleccionado: %1. Presiona Enter para abrirlo.</translation>
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
        <translation>DIARIO DE PRÁCTICA: todos los registros de este diario son ficticios. Nunca ingreses información real en él.</translation>
    </message>
    <message>
        <source>Training journal</source>
        <translation>Diario de práctica</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>&lt;h2&gt;Unlock your journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Desbloquea tu diario&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your passphrase, or your recovery secret:</source>
        <translation>Tu frase de contraseña o tu clave de recuperación:</translation>
    </message>
    <message>
        <source>Passphrase or recovery secret</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open the help</source>
        <translation>Abrir la ayuda</translation>
    </message>
    <message>
        <source>How HR Journal works, without the internet (F1)</source>
        <translation>Cómo funciona HR Journal, sin internet (F1)</translation>
    </message>
    <message>
        <source>Lost your passphrase? Use recovery &amp;shares…</source>
        <translation>¿Perdiste tu frase de contraseña? Usa las &amp;partes de recuperación…</translation>
    </message>
    <message>
        <source>Lost your passphrase? Set a new one with recovery shares</source>
        <translation>¿Perdiste tu frase de contraseña? Establece una nueva con las partes de recuperación</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>WipeRehearsal</name>
    <message>
        <source>Practise a wipe</source>
        <translation>Practicar un borrado</translation>
    </message>
    <message>
        <source>This is only a practice: nothing is destroyed. A real panic wipe would destroy the following.</source>
        <translation>Esto es solo una práctica: no se destruye nada. Un borrado de emergencia real destruiría lo siguiente.</translation>
    </message>
    <message>
        <source>What a panic wipe would destroy</source>
        <translation>Lo que destruiría un borrado de emergencia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the practice</source>
        <translation>Cerrar la práctica</translation>
    </message>
    <message>
        <source>Looking at the journal&apos;s files…</source>
        <translation>Revisando los archivos del diario…</translation>
    </message>
    <message>
        <source>First the journal&apos;s key: from that moment nothing of the journal can be opened, not even with the passphrase or the recovery secret.</source>
        <translation>Primero, la llave del diario: desde ese momento no se puede abrir nada del diario, ni siquiera con la frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <source>Then the secret in the system keyring that ties the journal to this computer.</source>
        <translation>Después, el secreto guardado en el llavero del sistema que vincula el diario a este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>Then the exported files (%n):</source>
        <translation>
            <numerusform>Después, el archivo exportado (%n):</numerusform>
            <numerusform>Después, los archivos exportados (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>ya no existe</translation>
    </message>
    <message numerus="yes">
        <source>Then the journal&apos;s own files (%n):</source>
        <translation>
            <numerusform>Después, el archivo del propio diario (%n):</numerusform>
            <numerusform>Después, los archivos del propio diario (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It would leave these alone, although the export register names them (%n):</source>
        <translation>
            <numerusform>Dejaría intacto esto, aunque el registro de exportaciones lo nombra (%n):</numerusform>
            <numerusform>Dejaría intactos estos, aunque el registro de exportaciones los nombra (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>En total: %1.</translation>
    </message>
    <message>
        <source>How long the rest would take could not be measured here.</source>
        <translation>No se pudo medir aquí cuánto tardaría el resto.</translation>
    </message>
    <message>
        <source>Destroying the key takes well under a second; everything would be gone in about %1 seconds.</source>
        <translation>Destruir la llave tarda mucho menos de un segundo; todo desaparecería en unos %1 segundos.</translation>
    </message>
</context>
<context>
    <name>WipeReportWindow</name>
    <message>
        <source>Panic wipe</source>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <source>Panic wipe report</source>
        <translation>Informe del borrado de emergencia</translation>
    </message>
    <message>
        <source>Wiping the journal…</source>
        <translation>Borrando el diario…</translation>
    </message>
    <message>
        <source>Wipe status</source>
        <translation>Estado del borrado</translation>
    </message>
    <message>
        <source>Wipe progress</source>
        <translation>Progreso del borrado</translation>
    </message>
    <message>
        <source>What the wipe did</source>
        <translation>Lo que hizo el borrado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close HR Journal</source>
        <translation>Cerrar HR Journal</translation>
    </message>
    <message>
        <source>The wipe is over, but some files could not be destroyed: they are listed below.</source>
        <translation>El borrado ha terminado, pero algunos archivos no se pudieron destruir: aparecen abajo.</translation>
    </message>
    <message>
        <source>There was no journal here to wipe.</source>
        <translation>Aquí no había ningún diario que borrar.</translation>
    </message>
    <message>
        <source>The journal is wiped.</source>
        <translation>El diario está borrado.</translation>
    </message>
    <message>
        <source>The journal&apos;s key was destroyed after %1 s: the journal can no longer be opened, not even with the passphrase or the recovery secret.</source>
        <translation>La llave de cifrado del diario se destruyó a los %1 s: el diario ya no se puede abrir, ni siquiera con la frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <source>The journal&apos;s key could not be destroyed (see below): the journal can still be opened with the passphrase.</source>
        <translation>No se pudo destruir la llave de cifrado del diario (ver abajo): el diario todavía se puede abrir con la frase de contraseña.</translation>
    </message>
    <message>
        <source>There was no key header to destroy here.</source>
        <translation>Aquí no había ningún archivo de llave que destruir.</translation>
    </message>
    <message>
        <source>Exported files destroyed: %1 of %2.</source>
        <translation>Archivos exportados destruidos: %1 de %2.</translation>
    </message>
    <message>
        <source>Files of the journal destroyed: %1.</source>
        <translation>Archivos del diario destruidos: %1.</translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation>No se pudo destruir %1: %2.</translation>
    </message>
    <message>
        <source>The wipe took %1 s.</source>
        <translation>El borrado tardó %1 s.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>el archivo está en uso</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>not destroyed: a folder that is not an export&apos;s</source>
        <translation>no se destruyó: es una carpeta que no pertenece a una exportación</translation>
    </message>
    <message>
        <source>not destroyed: a file that belongs to another user</source>
        <translation>no se destruyó: es un archivo de otro usuario</translation>
    </message>
    <message>
        <source>The wipe could not finish.</source>
        <translation>El borrado no pudo terminar.</translation>
    </message>
</context>
<context>
    <name>country</name>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Estadounidense</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Islas Bermudas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Islas BES (Caribe Neerlandés)</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burquina Faso</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores, Islas</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Congo, The Democratic Republic of the</source>
        <translation>Congo, República Democrática del</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa de Marfíl</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Islas Falkland (Malvinas)</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorios Franceses del Sur</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
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
        <translation>Grecia</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
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
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Holy See (Vatican City State)</source>
        <translation>Santa Sede (Ciudad Estado del Vaticano)</translation>
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
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Islas Maldivas</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Malí</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Micronesia, Federated States of</source>
        <translation>Micronesia, Estados Federados de</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Birmania</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
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
        <translation>Niue</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Palestine, State of</source>
        <translation>Palestina, Estado de</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Russian Federation</source>
        <translation>Federación Rusa</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>San Martín (zona francesa)</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>San Pedro y Miquelon</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Isla de San Martín (zona holandsea)</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinám</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Oriental</translation>
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
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunez</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Islas Vírgenes, Británicas</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Islas Vírgenes, de EEUU</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis y Futuna</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Islas Äland</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>%1, item %2</source>
        <translation>%1, elemento %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>After (minutes)</source>
        <translation>Después de (minutos)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Medios de contacto</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Protocolo de reportes</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de comunicación</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Árbol de contactos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>Contexto y actores</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Si ocurre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalles del lugar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Pasos si falta un reporte</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Viabilidad</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Número de seguridad o huella</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Grace period (minutes)</source>
        <translation>Esperar antes de actuar (minutos)</translation>
    </message>
    <message>
        <source>How exact the start date is</source>
        <translation>Inicio: grado de certeza</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Cómo se identificó</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>Si me detienen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>Tipos de incidente</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última verificación</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ciudad o localidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>A quién se dirigió</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>Lugar en el orden de llamada</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Incidentes relacionados</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registro de revisiones</translation>
    </message>
    <message>
        <source>Review triggers</source>
        <translation>Cuándo revisar el plan antes</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Safety plans</source>
        <translation>Planes de seguridad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cuándo te reportas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Partes del plan</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quién o qué está detrás</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Análisis de la amenaza</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Número o dirección</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>What they may receive</source>
        <translation>Qué puede recibir</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Quién está detrás</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>After {minutes} minutes</source>
        <translation>A los {minutes} minutos</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: for the people it was given to; do not forward or publish</source>
        <translation>CONFIDENCIAL: solo para las personas a quienes se entregó; no reenviar ni publicar</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocolo de reportes</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Criterios de selección</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact tree</source>
        <translation>Árbol de contactos</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Si ocurre</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Emergency contact card</source>
        <translation>Tarjeta de contactos de emergencia</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence referenced</source>
        <translation>Pruebas citadas</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Viabilidad</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <source>Give the words only to the journal&apos;s owner, when they ask you in person or through the channel you agreed on. If anyone else asks, even in the owner&apos;s name, do not give them.</source>
        <translation>Entrega las palabras solo a la persona dueña del diario, cuando te las pida en persona o por el canal que acordaron. Si alguien más te las pide, aunque sea en nombre de esa persona, no se las des.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Margen de espera</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Cómo se identificó</translation>
    </message>
    <message>
        <source>How the owner uses the shares</source>
        <translation>Cómo usa las partes la persona dueña del diario</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Medio de contacto</translation>
    </message>
    <message>
        <source>If a check-in is missed</source>
        <translation>Si falta un reporte</translation>
    </message>
    <message>
        <source>If this page is lost, or someone else may have seen it, tell the owner: they can make new shares, and then this set stops working.</source>
        <translation>Si esta hoja se pierde, o si otra persona pudo haberla visto, avisa a la persona dueña del diario: puede crear partes nuevas, y entonces este conjunto de partes deja de funcionar.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>In the app: unlock with recovery shares, and type the words of each share.</source>
        <translation>En la aplicación: elige desbloquear con partes de recuperación y escribe las palabras de cada parte.</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>En este orden</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidente</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Resumen de incidentes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Incidentes por tipo</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe and private, away from the journal&apos;s computer.</source>
        <translation>Guarda esta hoja en un lugar seguro y privado, lejos de la computadora donde está el diario.</translation>
    </message>
    <message>
        <source>Keeping this share</source>
        <translation>Cómo guardar esta parte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Probabilidad × impacto</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Me (the defender)</source>
        <translation>Yo (la persona defensora)</translation>
    </message>
    <message>
        <source>Never photograph, scan or copy it, and never type its words into a phone, a website or any other program.</source>
        <translation>Nunca la fotografíes, escanees ni copies, y nunca escribas sus palabras en un teléfono, un sitio web ni ningún otro programa.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>No contact has a call order or an emergency role.</source>
        <translation>Ningún contacto tiene un orden de llamada ni un rol de emergencia.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>No hay incidentes con fecha.</translation>
    </message>
    <message>
        <source>No incident has a type.</source>
        <translation>Ningún incidente tiene un tipo asignado.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>On the command line: {command}</source>
        <translation>En la línea de comandos: {command}</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Otros tipos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>Profile: full (not redacted)</source>
        <translation>Datos completos</translation>
    </message>
    <message>
        <source>Profile: share (redacted)</source>
        <translation>Datos ocultos</translation>
    </message>
    <message>
        <source>Recovery share card</source>
        <translation>Tarjeta de parte de recuperación</translation>
    </message>
    <message>
        <source>Recovery share {number} of {count}</source>
        <translation>Parte de recuperación {number} de {count}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>Incidentes relacionados</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Registro de revisiones</translation>
    </message>
    <message>
        <source>Review when</source>
        <translation>Revisar antes si</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Safety number or fingerprint</source>
        <translation>Número de seguridad o huella</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Safety plan, version {version}</source>
        <translation>Plan de seguridad, versión {version}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quién o qué está detrás</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>TRAINING - FICTIONAL DATA</source>
        <translation>PRÁCTICA - DATOS FICTICIOS</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <source>The owner gathers any {threshold} shares, types their words into HR Journal and chooses a new passphrase for the journal.</source>
        <translation>La persona dueña del diario reúne {threshold} partes cualesquiera, escribe sus palabras en HR Journal y elige una nueva frase de contraseña para el diario.</translation>
    </message>
    <message>
        <source>The words are typed in this order. The first {common} words are the same on every share of this set; shares made at another time begin differently and cannot be mixed with these.</source>
        <translation>Las palabras se escriben en este orden. Las primeras {common} palabras son iguales en todas las partes de este conjunto; las partes creadas en otro momento empiezan de otra forma y no se pueden mezclar con estas.</translation>
    </message>
    <message>
        <source>The words of this share</source>
        <translation>Las palabras de esta parte</translation>
    </message>
    <message>
        <source>This page holds one of {count} shares of the recovery secret of an HR Journal journal. Any {threshold} of the shares together rebuild the recovery secret; fewer reveal nothing about it, and no share is of any use without the journal&apos;s own files.</source>
        <translation>Esta hoja contiene una de las {count} partes de la clave de recuperación de un diario de HR Journal. Basta con juntar {threshold} de estas partes, cualesquiera, para reconstruir la clave de recuperación; con menos no se puede saber nada de ella, y ninguna parte sirve sin los archivos del propio diario.</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Threat assessment</source>
        <translation>Análisis de la amenaza</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>Tipo y tamaño</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When available</source>
        <translation>Cuándo está disponible</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who is behind it</source>
        <translation>Quién está detrás</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>A quién llamar primero</translation>
    </message>
    <message>
        <source>Who to check in with</source>
        <translation>Con quién reportarse</translation>
    </message>
    <message>
        <source>Who was told or asked</source>
        <translation>A quién se dirigió</translation>
    </message>
    <message>
        <source>Who, by when</source>
        <translation>Quién y para cuándo</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>creado el</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>preferido</translation>
    </message>
    <message>
        <source>{count} incidents</source>
        <translation>Incidentes: {count}</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <source>- Carry on paper, and memorise, the number of [name of your lawyer] and of a local lawyer: [name].
- If you are abroad, ask to contact your embassy or consulate.
- Decide before you go what you will say if questioned. See the &apos;If detained&apos; template.</source>
        <translation>- Lleva en papel, y memoriza, el número de [nombre de tu abogado/a] y el de un abogado/a local: [nombre].
- Si estás en el extranjero, pide comunicarte con tu embajada o consulado.
- Decide antes de salir qué dirás si te interrogan. Consulta la plantilla «Si me detienen».</translation>
    </message>
    <message>
        <source>- Check-in contact at home: [name]. Backup: [name].
- Trusted local contact at the destination: [name].
- Give your check-in contact your route, where you sleep and, in safe form, whom you meet.
- Code word for &apos;in danger&apos;: [word]. Code phrase for &apos;cannot talk freely&apos;: [phrase].
- Check in when you leave, at each stop and when you arrive.
- Areas without signal: tell your contact in advance, and agree the latest time you will check in: [time].</source>
        <translation>- Contacto de reporte en tu lugar de origen: [nombre]. Suplente: [nombre].
- Contacto local de confianza en el destino: [nombre].
- Dale a tu contacto de reporte tu ruta, dónde duermes y, de forma segura, con quién te reúnes.
- Palabra clave para «estoy en peligro»: [palabra]. Frase clave para «no puedo hablar libremente»: [frase].
- Repórtate al salir, en cada parada y al llegar.
- Zonas sin señal: avísale a tu contacto con anticipación y acuerden la hora límite en que te reportarás: [hora].</translation>
    </message>
    <message>
        <source>- Checking in every day can feel heavy, for you and your contact. Talk about it openly.
- Share the load: a backup contact lets the main one rest.
- Agree when the check-in period ends, and mark it.</source>
        <translation>- Reportarte todos los días puede resultar pesado, para ti y para tu contacto. Hablen de ello abiertamente.
- Compartan la carga: un contacto suplente permite que el principal descanse.
- Acuerden cuándo termina el período de reportes y, cuando llegue, confírmenlo de forma explícita.</translation>
    </message>
    <message>
        <source>- Detention is frightening. Fear, anger or numbness are normal reactions.
- In custody: keep a routine, eat and drink what you can, count the days, think of the people supporting you.
- After release: see a doctor and, if you wish, a counsellor: [name or service].
- Your family and colleagues also need support while you are held.
- Take time before returning to full work.</source>
        <translation>- La detención da miedo. El miedo, la rabia o la sensación de no sentir nada son reacciones normales.
- Bajo custodia: mantén una rutina, come y bebe lo que puedas, cuenta los días, piensa en las personas que te apoyan.
- Después de la liberación: consulta a un médico y, si lo deseas, busca apoyo psicológico: [nombre o servicio].
- Tu familia y tus colegas también necesitan apoyo mientras estás en detención.
- Tómate un tiempo antes de volver a trabajar a pleno ritmo.</translation>
    </message>
    <message>
        <source>- If arrest seems close, or after release, could you or your family stay somewhere else for a while? [place], [person].
- Would leaving the city or country be an option? Talk to your lawyer first: leaving may break bail or release conditions.</source>
        <translation>- Si un arresto parece cercano, o después de la liberación, ¿podrían tú o tu familia quedarse en otro lugar por un tiempo? [lugar], [persona].
- ¿Sería una opción salir de la ciudad o del país? Habla primero con tu abogado/a: irte podría violar las condiciones de la fianza o de tu libertad.</translation>
    </message>
    <message>
        <source>- If the escalation reaches your lawyer, what should they do first? [instructions].
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- Si los pasos previstos por falta de reporte llegan hasta tu abogado/a, ¿qué debe hacer primero? [instrucciones].
- Para un plan completo, usa la plantilla «Si me detienen».</translation>
    </message>
    <message>
        <source>- If you send the danger code, where should your contact expect you to go? [safe place].
- Who can collect you from there? [name].</source>
        <translation>- Si envías el código de peligro, ¿a qué lugar debe suponer tu contacto que irás? [lugar seguro].
- ¿Quién puede ir a buscarte allí? [nombre].</translation>
    </message>
    <message>
        <source>- List your devices: phone, laptop, tablet. Is each one locked with a strong PIN or passphrase, and encrypted?
- Are your system and apps up to date?
- Use a password manager, and two-step login on email and social media.
- Which accounts would hurt most if someone got into them? Secure those first.
- What sensitive data is on your phone? Delete what you do not need. Back up what you need, encrypted, in a place you control.
- Turn off location sharing. Check which apps can see your contacts and location.
- Who can help if you are hacked? [trusted tech person or digital security helpline].</source>
        <translation>- Haz una lista de tus dispositivos: teléfono, computadora portátil, tableta. ¿Cada uno está bloqueado con un PIN o una frase de contraseña seguros, y cifrado?
- ¿Están actualizados tu sistema y tus aplicaciones?
- Usa un gestor de contraseñas y la verificación en dos pasos en el correo y las redes sociales.
- ¿Qué cuentas te harían más daño si alguien entrara en ellas? Protege esas primero.
- ¿Qué datos sensibles hay en tu teléfono? Borra lo que no necesites. Haz una copia de seguridad cifrada de lo que sí necesitas, en un lugar que controles.
- Desactiva la función de compartir tu ubicación. Revisa qué aplicaciones pueden ver tus contactos y tu ubicación.
- ¿Quién puede ayudarte si te hackean? [persona de confianza con conocimientos técnicos o línea de ayuda en seguridad digital].</translation>
    </message>
    <message>
        <source>- Lock every device with a strong passphrase, not fingerprint or face. Turn on encryption.
- Keep little on your phone: delete old chats, photos and contacts you do not need. Use disappearing messages.
- Keep a list of your accounts so [name] can secure them: email, social media, cloud.
- If you are arrested, [name] changes shared passwords and signs out your sessions where possible.
- After release, do not trust returned devices. Have them checked or replace them. Change all passwords from a clean device.</source>
        <translation>- Bloquea cada dispositivo con una frase de contraseña segura, no con huella ni reconocimiento facial. Activa el cifrado.
- Guarda poco en tu teléfono: borra los chats antiguos, las fotos y los contactos que no necesites. Usa mensajes temporales.
- Ten una lista de tus cuentas para que [nombre] pueda protegerlas: correo, redes sociales, nube.
- Si te arrestan, [nombre] cambia las contraseñas compartidas y cierra tus sesiones donde sea posible.
- Después de la liberación, no confíes en los dispositivos que te devuelvan. Haz que los revisen o reemplázalos. Cambia todas las contraseñas desde un dispositivo limpio.</translation>
    </message>
    <message>
        <source>- Police may search your home or office. Keep sensitive papers and devices elsewhere, or locked away.
- In a search, ask to see the warrant, ask for a witness or your lawyer, and note everything taken.
- Keep copies of key documents away from home: [place].</source>
        <translation>- La policía puede allanar tu casa u oficina. Guarda los documentos y dispositivos sensibles en otro lugar, o bajo llave.
- Durante un allanamiento, pide ver la orden judicial, pide la presencia de un testigo o de tu abogado/a, y anota todo lo que se lleven.
- Guarda copias de los documentos importantes fuera de casa: [lugar].</translation>
    </message>
    <message>
        <source>- Signs that mean you should leave home for a while. Example: a direct threat naming your address, a raid on a colleague.
- Where could you stay for a few days at short notice? [place], [person who would host you].
- How would you get there without being followed?
- Keep a small bag ready: ID, medicines, charger, cash, copies of key documents.
- Who looks after your home, pets or plants while you are away? [name].</source>
        <translation>- Señales de que deberías irte de tu casa por un tiempo. Ejemplo: una amenaza directa que menciona tu dirección, un allanamiento contra un colega.
- ¿Dónde podrías quedarte unos días con poco aviso? [lugar], [persona que te recibiría].
- ¿Cómo llegarías allí sin que te sigan?
- Ten lista una mochila pequeña: documento de identidad, medicamentos, cargador, efectivo, copias de los documentos importantes.
- ¿Quién cuida tu casa, tus mascotas o tus plantas mientras no estás? [nombre].</translation>
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
        <translation>- Lleva solo los dispositivos que necesites. Lo mejor es un teléfono o una computadora portátil limpios, solo para el viaje.
- Antes de salir: haz una copia de seguridad cifrada en casa y luego borra los archivos, chats y fotos que no necesites durante el viaje.
- Cierra la sesión de las cuentas que no vayas a usar. Elimina las aplicaciones que revelen tu trabajo o tus contactos.
- Bloquea los dispositivos con una frase de contraseña segura. Desactiva el desbloqueo con huella y con reconocimiento facial antes de fronteras y puestos de control.
- Comprueba que el cifrado del disco esté activado. Apaga los dispositivos antes de cruzar.
- Averigua si las autoridades del lugar pueden exigirte tus contraseñas. Decide ahora qué harás.
- Considera vigilado el wifi de hoteles y lugares públicos. Usa una VPN o Tor donde sea seguro y esté permitido.
- Mantén este diario cerrado cuando no lo estés usando.
- Si pierdes de vista un dispositivo, considéralo comprometido. Cambia las contraseñas desde un dispositivo seguro y haz que [persona de confianza con conocimientos técnicos] lo revise antes de volver a usarlo.</translation>
    </message>
    <message>
        <source>- Travel is tiring. Plan time to sleep and rest.
- Meeting victims and witnesses can be upsetting. Who can you talk to afterwards? [name].
- Eat and drink regularly. Avoid alcohol in risky settings.
- After you return, take a day off before going back to full work.</source>
        <translation>- Viajar cansa. Reserva tiempo para dormir y descansar.
- Reunirte con víctimas y testigos puede afectarte mucho. ¿Con quién puedes hablar después? [nombre].
- Come y bebe con regularidad. Evita el alcohol en situaciones de riesgo.
- Al regresar, tómate un día libre antes de volver a trabajar a pleno ritmo.</translation>
    </message>
    <message>
        <source>- Use an end-to-end encrypted app for check-ins, with disappearing messages on.
- Do not write exact locations in clear text. Agree simple names for places you visit often.
- Lock your phone with a passphrase. Check your contact&apos;s phone is locked too.</source>
        <translation>- Usa una aplicación con cifrado de extremo a extremo para los reportes, con los mensajes temporales activados.
- No escribas ubicaciones exactas de forma explícita. Acuerden nombres sencillos para los lugares que visitas con frecuencia.
- Bloquea tu teléfono con una frase de contraseña. Comprueba que el teléfono de tu contacto también esté bloqueado.</translation>
    </message>
    <message>
        <source>- Which family member should your contact call, and at what step? [name].
- What may they be told, and what not?
- Who cares for dependants if you do not come home? [name].</source>
        <translation>- ¿A qué familiar debe llamar tu contacto, y en qué paso? [nombre].
- ¿Qué se le puede decir y qué no?
- ¿Quién cuida a las personas a tu cargo si no vuelves a casa? [nombre].</translation>
    </message>
    <message>
        <source>- Who at home knows your dates and how to reach your check-in contact? [name].
- Who cares for dependants while you are away? [name].
- Who can take over urgent work if you are delayed? [name].</source>
        <translation>- ¿Quién en casa conoce tus fechas y sabe cómo comunicarse con tu contacto de reporte? [nombre].
- ¿Quién cuida a las personas a tu cargo mientras no estás? [nombre].
- ¿Quién puede hacerse cargo del trabajo urgente si te retrasas? [nombre].</translation>
    </message>
    <message>
        <source>- Who could arrest you, and on what likely charges? Example: [police unit], for [charge used against others].
- What happened to others arrested recently: how long, where, how treated?
- Which laws are used against defenders here?
- Who helped others get released? Example: [lawyers], [networks], [embassies].</source>
        <translation>- ¿Quién podría arrestarte, y con qué cargos probables? Ejemplo: [unidad policial], por [cargo usado contra otras personas].
- ¿Qué les pasó a otras personas arrestadas recientemente: cuánto tiempo, dónde, cómo las trataron?
- ¿Qué leyes se usan aquí contra las personas defensoras?
- ¿Quién ayudó a otras personas a obtener su liberación? Ejemplo: [abogados/as], [redes], [embajadas].</translation>
    </message>
    <message>
        <source>- Who depends on you? Children, parents, others.
- Who would care for them if you could not, for days or months? [name]. Have you asked them?
- Does your family know the basics of this plan, without details that would put them at risk?
- Where are key documents kept: IDs, birth certificates, property papers, power of attorney? [place].
- Who can take over urgent work, cases or files if you are away? [name].
- Who can reach money for rent and bills? Is there some emergency money set aside?</source>
        <translation>- ¿Quién depende de ti? Hijas e hijos, madre o padre, otras personas.
- ¿Quién las cuidaría si tú no pudieras, durante días o meses? [nombre]. ¿Se lo has pedido?
- ¿Conoce tu familia lo básico de este plan, sin detalles que la pongan en riesgo?
- ¿Dónde se guardan los documentos importantes: documentos de identidad, certificados de nacimiento, títulos de propiedad, poderes notariales? [lugar].
- ¿Quién puede hacerse cargo del trabajo urgente, los casos o los archivos si no estás? [nombre].
- ¿Quién puede disponer de dinero para el alquiler y las cuentas? ¿Hay algo de dinero reservado para emergencias?</translation>
    </message>
    <message>
        <source>- Why do you need check-ins now? Name the main threat and the time period. Example: during the trial of [case], because [actor] has threatened you.
- Who could harm you, and where are you most exposed? Example: on the way home, at hearings, in [area].</source>
        <translation>- ¿Por qué necesitas reportes ahora? Indica la amenaza principal y el período. Ejemplo: durante el juicio de [caso], porque [actor] te ha amenazado.
- ¿Quién podría hacerte daño, y dónde corres más riesgo? Ejemplo: camino a casa, en las audiencias, en [zona].</translation>
    </message>
    <message>
        <source>- Why this trip, and who could be unhappy about it? List people, groups, institutions at the destination and on the way.
- What happened recently to others who went there for similar work?
- Who there can protect or support you? Example: [local organisation], [community leader].</source>
        <translation>- ¿Por qué este viaje, y a quién podría molestarle? Haz una lista de personas, grupos e instituciones en el destino y en el camino.
- ¿Qué les pasó recientemente a otras personas que fueron allí por un trabajo similar?
- ¿Quién puede protegerte o apoyarte allí? Ejemplo: [organización local], [líder de la comunidad].</translation>
    </message>
    <message>
        <source>- Write down the places you go most often and the usual routes, so your contact knows where to start looking: [home], [office], [court].
- When travelling, check in at departure, at each stop and on arrival.</source>
        <translation>- Anota los lugares a los que vas con más frecuencia y tus rutas habituales, para que tu contacto sepa por dónde empezar a buscar: [casa], [oficina], [tribunal].
- Cuando viajes, repórtate al salir, en cada parada y al llegar.</translation>
    </message>
    <message>
        <source>- Your lawyer: [name of your lawyer], [how to reach them]. Memorise the number.
- Who is called first if you are arrested? [name].
- Your basic rights: to stay silent, to see a lawyer, to tell someone where you are, to medical care.
- For a full plan, use the &apos;If detained&apos; template.</source>
        <translation>- Tu abogado/a: [nombre de tu abogado/a], [cómo comunicarte]. Memoriza el número.
- ¿A quién se llama primero si te arrestan? [nombre].
- Tus derechos básicos: guardar silencio, tener asistencia legal, avisar a alguien dónde estás, recibir atención médica.
- Para un plan completo, usa la plantilla «Si me detienen».</translation>
    </message>
    <message>
        <source>- Your two or three most trusted contacts: [name], [name]. Do they know they are in your plan?
- Which channel for what? Example: Signal for sensitive talk, normal calls for everyday matters.
- A code word that means &apos;I am in danger, act now&apos;: [word].
- A code phrase that means &apos;I cannot talk freely&apos;: [phrase].
- Who speaks to the press or the public if something happens to you? [name].
- Who should never be told the details of this plan?
- Keep a short list of key numbers on paper, in a safe place, in case your phone is taken.</source>
        <translation>- Tus dos o tres contactos de mayor confianza: [nombre], [nombre]. ¿Saben que están en tu plan?
- ¿Qué canal para qué? Ejemplo: Signal para conversaciones sensibles, llamadas normales para asuntos cotidianos.
- Una palabra clave que signifique «estoy en peligro, actúen ya»: [palabra].
- Una frase clave que signifique «no puedo hablar libremente»: [frase].
- ¿Quién habla con la prensa o el público si te pasa algo? [nombre].
- ¿A quién nunca se le deben contar los detalles de este plan?
- Ten en papel una lista corta de números importantes, en un lugar seguro, por si te quitan el teléfono.</translation>
    </message>
    <message>
        <source>- a summons, a search, or an investigation opened against you
- the arrest of a colleague or someone in your network
- new laws on protest, terrorism, &apos;foreign agents&apos; or cybercrime
- planned protests, trials or publications that may lead to arrests
- a change of lawyer, of emergency contacts, or of who cares for your dependants
- at least every six months</source>
        <translation>- una citación, un allanamiento o una investigación abierta en tu contra
- el arresto de un colega o de alguien de tu red
- nuevas leyes sobre protestas, terrorismo, «agentes extranjeros» o ciberdelitos
- protestas, juicios o publicaciones previstos que puedan llevar a arrestos
- un cambio de abogado/a, de contactos de emergencia o de quién cuida a las personas a tu cargo
- al menos cada seis meses</translation>
    </message>
    <message>
        <source>- before you book, and again the day before you leave
- any change of route, dates, hosts or transport
- news of unrest, new checkpoints, curfews or arrests at the destination
- a threat linked to the trip or to the people you will meet
- a border incident, device search or questioning
- after you return: note what worked and what did not</source>
        <translation>- antes de reservar, y otra vez el día antes de salir
- cualquier cambio de ruta, fechas, anfitriones o transporte
- noticias de disturbios, nuevos puestos de control, toques de queda o arrestos en el destino
- una amenaza relacionada con el viaje o con las personas con quienes te reunirás
- un incidente en la frontera, una revisión de dispositivos o un interrogatorio
- al regresar: anota qué funcionó y qué no</translation>
    </message>
    <message>
        <source>A backup channel. Code words. A paper list of numbers.</source>
        <translation>Un canal alternativo. Palabras clave. Una lista de números en papel.</translation>
    </message>
    <message>
        <source>A backup contact. Phone reminders. A power bank.</source>
        <translation>Un contacto suplente. Recordatorios en el teléfono. Una batería externa.</translation>
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
        <translation>Un reporte es un mensaje corto, a una hora acordada, que dice «estoy bien». Si no llega, tu contacto actúa según un plan que acordaron de antemano.
Acuerda con tu contacto
- Quién: un contacto principal [nombre] y uno suplente [nombre]. Ambas personas han aceptado y tienen este plan.
- Cuándo: horarios fijos. Ejemplo: todos los días a las 09:00 y a las 21:00, o antes y después de una reunión.
- Cómo: un canal principal y uno alternativo. Ejemplo: Signal y, si falla, SMS.
- Qué: un mensaje corto y de apariencia normal. Ejemplo: «Todo bien, hablamos luego».
- Código de peligro: una palabra que significa «estoy en problemas, empiecen ya»: [palabra].
- Código de «no puedo hablar»: una frase que significa «hay alguien conmigo, no puedo hablar»: [frase].
- Margen de espera: cuánto tiempo espera tu contacto antes de actuar.
Tu contacto guarda, de forma segura
- tu nombre completo, una foto reciente, tu fecha de nacimiento, tu número de documento de identidad
- tus planes del día: dónde, con quién, cómo te desplazas
- [nombre de tu abogado/a] y cómo comunicarse con esa persona
- a qué familiar llamar, y qué se le puede decir
- tus necesidades médicas
Reglas
- Nunca dejes de reportarte a propósito. Si vas a llegar tarde, avisa con tiempo.
- Termina con claridad: «Ya regresé, ya no esperen mis reportes».
- Las falsas alarmas ocurren. Agradece a tu contacto, corrige la causa y sigue adelante.</translation>
    </message>
    <message>
        <source>A consequence of your detention</source>
        <translation>Una consecuencia de tu detención</translation>
    </message>
    <message>
        <source>A lawyer agreed in advance. An emergency contact. A network ready to respond.</source>
        <translation>Asistencia legal acordada de antemano. Un contacto de emergencia. Una red lista para responder.</translation>
    </message>
    <message>
        <source>A local lawyer identified in advance. Regular check-ins. Embassy support if abroad.</source>
        <translation>Asistencia legal local identificada de antemano. Reportes periódicos. Apoyo de la embajada si estás en el extranjero.</translation>
    </message>
    <message>
        <source>A network of lawyers. Clear records of funding and activities.</source>
        <translation>Una red de abogados y abogadas. Registros claros del financiamiento y de las actividades.</translation>
    </message>
    <message>
        <source>A publicly visible role. No lawyer reachable at night.</source>
        <translation>Un rol con mucha visibilidad pública. Sin asistencia legal localizable de noche.</translation>
    </message>
    <message>
        <source>A reliable driver. Travel insurance. First aid kit. Local advice.</source>
        <translation>Un conductor de confianza. Seguro de viaje. Botiquín de primeros auxilios. Orientación de gente del lugar.</translation>
    </message>
    <message>
        <source>A travel phone. An encrypted backup at home. Knowing your rights at the border.</source>
        <translation>Un teléfono para el viaje. Una copia de seguridad cifrada en casa. Conocer tus derechos en la frontera.</translation>
    </message>
    <message>
        <source>A trusted contact reachable day and night. A lawyer ready to act.</source>
        <translation>Un contacto de confianza localizable de día y de noche. Asistencia legal lista para actuar.</translation>
    </message>
    <message>
        <source>A trusted local contact. A simple, true reason for your visit.</source>
        <translation>Un contacto local de confianza. Un motivo sencillo y verdadero para tu visita.</translation>
    </message>
    <message>
        <source>After a false alarm, talk calmly, find the cause, adjust times or channels, and continue.</source>
        <translation>Después de una falsa alarma, hablen con calma, busquen la causa, ajusten horarios o canales, y sigan adelante.</translation>
    </message>
    <message>
        <source>Agree a backup channel. Use encrypted apps with disappearing messages. Use agreed place names instead of addresses.</source>
        <translation>Acuerda un canal alternativo. Usa aplicaciones cifradas con mensajes temporales. Usa los nombres acordados para los lugares en vez de direcciones.</translation>
    </message>
    <message>
        <source>Agree a carer now, sign an authorisation, and set aside emergency money.</source>
        <translation>Acuerda ahora quién cuidará a las personas a tu cargo, firma una autorización y reserva dinero para emergencias.</translation>
    </message>
    <message>
        <source>Arbitrary arrest at a protest, at home or at a checkpoint</source>
        <translation>Arresto arbitrario en una protesta, en casa o en un puesto de control</translation>
    </message>
    <message>
        <source>Arrest or detention during the trip</source>
        <translation>Arresto o detención durante el viaje</translation>
    </message>
    <message>
        <source>At departure, at each stop, on arrival, and every evening at 20:00 while away</source>
        <translation>Al salir, en cada parada, al llegar y todas las noches a las 20:00 mientras estés fuera</translation>
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
        <translation>Antes
- Memoriza el número de tu abogado/a: [nombre de tu abogado/a].
- Escribe tus derechos en una tarjeta, en el idioma local.
- Ten listos tus medicamentos y una breve nota médica.
- Decide qué dirás: tus datos de identidad, y que quieres que esté presente tu abogado/a. Nada más.
Durante el arresto
- Mantén la calma. No te resistas ni huyas.
- Anota la hora, el lugar, los nombres de los agentes, sus números de placa y el vehículo.
- Si puedes, envía tu código de peligro a [nombre], o di en voz alta tu nombre y el de tu abogado/a a las personas cercanas.
- Pregunta: «¿Estoy bajo arresto? ¿Por qué? ¿A dónde me llevan?».
Bajo custodia
- Di: «Voy a guardar silencio hasta que esté presente mi abogado/a».
- Pide que se avise a [nombre] o a tu familia.
- Pide atención médica, tus medicamentos y, si hace falta, un intérprete.
- No firmes nada sin tu abogado/a, ni nada que no entiendas.
- No desbloquees dispositivos ni entregues contraseñas. [Anota qué dice la ley aquí y qué decides tú.]
- No hables de tu caso con otras personas detenidas.
Después de la liberación
- Escribe todo lo que pasó, lo antes posible.
- Consulta a un médico y guarda el informe.
- Considera comprometidos los dispositivos que te devuelvan.
- Descansa y habla con alguien de confianza.</translation>
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
        <translation>Antes de salir
- ¿Quién sabe del viaje? Cuéntaselo solo a quien necesite saberlo: [lista].
- Ruta, transporte, horarios: [detalles]. ¿Hay una opción más segura, aunque sea más lenta?
- Dónde te alojas: [lugar]. Prefiere un lugar donde otras personas sepan que estás. Revisa las salidas.
- Riesgos en el destino: puestos de control, toques de queda, delincuencia, zonas que evitar.
- Documentos: pasaporte, documento de identidad, visa, carta de invitación. Guarda copias en papel, separadas de los originales.
- Dinero: efectivo en moneda local, repartido en dos lugares.
- Salud: medicamentos para todo el viaje y algunos días más, seguro, un pequeño botiquín de primeros auxilios.
En el camino
- Mantén un perfil bajo. No hables de tu trabajo en taxis ni en lugares públicos.
- Evita las carreteras peligrosas de noche.
- Reúnete con la gente en lugares que hayas revisado antes.
- Si sientes que te siguen, ve a un lugar concurrido y repórtate antes de la hora.
En fronteras y puestos de control
- Mantén la calma y sé cortés. Da respuestas sencillas y coherentes.
- Lleva solo lo que no te importe que revisen.
Mientras no estás
- ¿Quién está pendiente de tu casa y tu oficina? [nombre].
- Guarda bajo llave o retira los documentos sensibles antes de salir.</translation>
    </message>
    <message>
        <source>Being followed or questioned about meetings with victims or witnesses</source>
        <translation>Seguimiento o interrogatorios sobre reuniones con víctimas o testigos</translation>
    </message>
    <message>
        <source>Being watched and followed on the way to work or meetings</source>
        <translation>Vigilancia y seguimiento camino al trabajo o a reuniones</translation>
    </message>
    <message>
        <source>Check in on time. Share your daily plans with your contact. Your contact keeps your lawyer&apos;s details at hand.</source>
        <translation>Repórtate a tiempo. Comparte tus planes del día con tu contacto. Tu contacto tiene a mano los datos de tu abogado/a.</translation>
    </message>
    <message>
        <source>Check-in channel is watched, blocked or your phone is taken</source>
        <translation>El canal de reporte está vigilado o bloqueado, o te quitan el teléfono</translation>
    </message>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocolo de reportes</translation>
    </message>
    <message>
        <source>Colleagues who can come along. Good knowledge of the area. Other transport options.</source>
        <translation>Colegas que pueden acompañarte. Buen conocimiento de la zona. Otras opciones de transporte.</translation>
    </message>
    <message>
        <source>Contacts, case files and chats on the phone. Phone opens with a fingerprint.</source>
        <translation>Contactos, expedientes de casos y chats en el teléfono. El teléfono se desbloquea con huella.</translation>
    </message>
    <message>
        <source>Criminal charges or a lawsuit meant to stop your work</source>
        <translation>Cargos penales o una demanda para frenar tu trabajo</translation>
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
        <translation>Personas a tu cargo
- ¿Quién cuida a tus hijas e hijos o a otras personas que dependen de ti, de inmediato y durante meses? [nombre]. ¿Lo ha aceptado?
- ¿Dónde están sus documentos, los datos de la escuela, su médico, sus medicamentos? [lugar].
- Una autorización firmada o un poder notarial a nombre de [nombre], guardado en [lugar].
- ¿Qué se les dirá a las niñas y los niños, y quién lo hará? Usa palabras sencillas y honestas, adecuadas a su edad.
Dinero
- ¿Quién paga el alquiler, las cuentas y los gastos legales? [nombre]. ¿Desde qué cuenta o fondo de emergencia?
- Deja algo de efectivo con una persona de confianza.
Trabajo
- ¿Quién se hace cargo de los casos urgentes, los plazos y las fuentes? [nombre].
- ¿Quién informa a las organizaciones aliadas y a los donantes?
Dispositivos y este diario
- Decide ahora qué pasa con tus dispositivos y tus cuentas si te arrestan, y quién se encarga: [nombre].
- Este diario está cifrado. No le des tu frase de contraseña a nadie a quien pudieran obligar a revelarla.
- ¿Quién guarda una copia de seguridad cifrada, y dónde? [nombre], [lugar].
Durante la detención
- ¿Quién lleva comida, ropa y medicamentos? ¿Quién te visita? ¿Quién apoya a tu familia?</translation>
    </message>
    <message>
        <source>Dependants left without care or money</source>
        <translation>Personas a tu cargo sin cuidado ni dinero</translation>
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
        <translation>Describe tu situación en unas pocas líneas breves.
- ¿En qué consiste tu trabajo? ¿Qué parte de él incomoda a personas poderosas?
- ¿Quién podría querer frenar tu trabajo, y por qué? Haz una lista de personas, grupos e instituciones. Ejemplo: [autoridad local], [personal de seguridad de una empresa], [grupo armado].
- ¿Qué puede hacer realmente cada uno? Ejemplo: seguirte, demandarte, desprestigiarte en línea, arrestarte.
- ¿Quién te apoya o te protege? Ejemplo: [colega], [organización], [nombre de tu abogado/a], [periodista de confianza].
- ¿Quién es neutral pero podría ponerse de tu lado? Ejemplo: [jefatura de la policía local], [autoridad religiosa].
- ¿Qué les pasó el último año a otras personas que hacen un trabajo similar aquí?
- Amenazas que recibiste: para cada una, anota la fecha, cómo llegó, las palabras exactas y quién crees que la envió.
Recuerda: riesgo = amenazas x vulnerabilidades / capacidades. Aunque no puedas detener una amenaza, puedes reducir tu riesgo disminuyendo tus vulnerabilidades y fortaleciendo tus capacidades.</translation>
    </message>
    <message>
        <source>Devices searched and data taken at a border or checkpoint</source>
        <translation>Revisión de dispositivos y extracción de datos en una frontera o un puesto de control</translation>
    </message>
    <message>
        <source>Disappearance or detention without anyone knowing for hours</source>
        <translation>Desaparición o detención sin que nadie se entere durante horas</translation>
    </message>
    <message>
        <source>Do not answer a summons or questions without your lawyer. Inform your network. Start the &apos;If detained&apos; plan if arrest seems likely.</source>
        <translation>No respondas a una citación ni a preguntas sin tu abogado/a. Informa a tu red. Activa el plan «Si me detienen» si un arresto parece probable.</translation>
    </message>
    <message>
        <source>Do not reply in anger. Save screenshots and links with dates. Report the accounts to the platform. Ask [ally] for a public statement if needed. Step back from social media for a few days.</source>
        <translation>No respondas con enojo. Guarda capturas de pantalla y enlaces, con sus fechas. Denuncia las cuentas ante la plataforma. Si hace falta, pide a [persona u organización aliada] una declaración pública. Aléjate de las redes sociales unos días.</translation>
    </message>
    <message>
        <source>Encryption. Strong passphrases. A trusted person who can change shared passwords.</source>
        <translation>Cifrado. Frases de contraseña seguras. Una persona de confianza que pueda cambiar las contraseñas compartidas.</translation>
    </message>
    <message>
        <source>Every day at 09:00 and 21:00, and within 30 minutes after each sensitive meeting</source>
        <translation>Todos los días a las 09:00 y a las 21:00, y dentro de los 30 minutos posteriores a cada reunión sensible</translation>
    </message>
    <message>
        <source>Every day at 20:00 during times of high arrest risk, and before and after protests, hearings or a police summons</source>
        <translation>Todos los días a las 20:00 en los períodos de alto riesgo de arresto, y antes y después de protestas, audiencias o una citación policial</translation>
    </message>
    <message>
        <source>False alarms or tiredness lead to the protocol being dropped</source>
        <translation>Las falsas alarmas o el cansancio llevan a abandonar el protocolo</translation>
    </message>
    <message>
        <source>Family and friends. An emergency fund. Your organisation.</source>
        <translation>Familia y amistades. Un fondo de emergencia. Tu organización.</translation>
    </message>
    <message>
        <source>Find a local lawyer before you travel. Carry invitation letters. Check in at every stage.</source>
        <translation>Consigue asistencia legal local antes de viajar. Lleva cartas de invitación. Repórtate en cada etapa.</translation>
    </message>
    <message>
        <source>Get to safety first, then check in. Use insurance and the local contact. Change the plan or end the trip if unrest grows.</source>
        <translation>Primero ponte a salvo y luego repórtate. Usa el seguro y el contacto local. Cambia el plan o termina el viaje si los disturbios aumentan.</translation>
    </message>
    <message>
        <source>Go and stay with [friend] for a few days. Tell your organisation and protection networks. Write down everything that happened. Review this plan.</source>
        <translation>Quédate unos días con [persona amiga]. Avisa a tu organización y a las redes de protección. Escribe todo lo que pasó. Revisa este plan.</translation>
    </message>
    <message>
        <source>Going alone to meetings. Family does not know whom to call.</source>
        <translation>Ir a reuniones sin compañía. La familia no sabe a quién llamar.</translation>
    </message>
    <message>
        <source>Good relations with neighbours. A place to stay with [friend].</source>
        <translation>Buena relación con el vecindario. Un lugar donde quedarte, con [persona amiga].</translation>
    </message>
    <message>
        <source>Held without a lawyer. A health condition that needs regular medicine.</source>
        <translation>Detención sin asistencia legal. Una condición de salud que requiere medicación regular.</translation>
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
        <translation>Casa
- ¿Quién tiene llaves? Cambia las cerraduras si tienes dudas.
- ¿Cuál es el punto más débil: una puerta, una ventana, la poca iluminación? ¿Cómo puedes mejorarlo?
- ¿Pueden tus vecinos avisarte si ven personas desconocidas o vehículos extraños?
- Mantén los documentos sensibles fuera de casa, o bajo llave.
Oficina
- ¿Quién puede entrar, y cómo se controla a las visitas?
- ¿Qué pasa con los archivos y las computadoras de noche, o en un allanamiento?
- ¿Hay una segunda salida?
Desplazamientos diarios
- Cambia tus rutas y horarios cuando puedas.
- Fíjate si la misma persona, vehículo o moto aparece más de una vez. Anota la fecha, la hora, el lugar y una descripción.
- Después de una amenaza, evita estar a solas en lugares aislados, sobre todo de noche.
- Avisa a alguien antes de una reunión sensible, y otra vez cuando regreses.
Viajes
- Para viajes de riesgo, usa la plantilla «Plan de seguridad para viajes».</translation>
    </message>
    <message>
        <source>Home address widely known. Poor lighting. Living alone.</source>
        <translation>Dirección de tu casa muy conocida. Poca iluminación. Vivir sin compañía.</translation>
    </message>
    <message>
        <source>Home area and family photos visible online. Weak or reused passwords on some accounts.</source>
        <translation>Zona donde vives y fotos familiares visibles en línea. Contraseñas débiles o reutilizadas en algunas cuentas.</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>Si me detienen</translation>
    </message>
    <message>
        <source>If followed, go to a busy public place, not home. Send the danger code to [trusted contact]. Share the log with your organisation and your lawyer.</source>
        <translation>Si te siguen, ve a un lugar público concurrido, no a tu casa. Envía el código de peligro a [contacto de confianza]. Comparte el registro con tu organización y con tu abogado/a.</translation>
    </message>
    <message>
        <source>If you are abroad, your contact calls your embassy or consulate. Protection networks are alerted. The &apos;If detained&apos; plan starts.</source>
        <translation>Si estás en el extranjero, tu contacto llama a tu embajada o consulado. Se alerta a las redes de protección. Se activa el plan «Si me detienen».</translation>
    </message>
    <message>
        <source>Ill-treatment or pressure to confess in custody</source>
        <translation>Malos tratos o presiones para confesar bajo custodia</translation>
    </message>
    <message>
        <source>Improve locks and lighting. Ask neighbours to tell you about strangers. Keep a bag ready to leave.</source>
        <translation>Mejora las cerraduras y la iluminación. Pide a tus vecinos que te avisen si ven personas desconocidas. Ten lista una mochila para irte.</translation>
    </message>
    <message>
        <source>Keep registration, tax and funding records in order and backed up. Agree now with [name of your lawyer] that they will act for you.</source>
        <translation>Mantén en orden, y con copia de seguridad, los registros de inscripción legal, impuestos y financiamiento. Acuerda ya con [nombre de tu abogado/a] que te representará.</translation>
    </message>
    <message>
        <source>Knowing your rights. A fast legal and public response. A prepared medical note.</source>
        <translation>Conocer tus derechos. Una respuesta legal y pública rápida. Una nota médica preparada.</translation>
    </message>
    <message>
        <source>Long check-in periods. One contact carrying all the load.</source>
        <translation>Períodos de reportes muy largos. Un solo contacto con toda la carga.</translation>
    </message>
    <message>
        <source>Long stress wears down health and judgement. Caring for yourself is part of your security.
- Your early signs of too much stress. Example: poor sleep, anger, drinking more, forgetting things.
- What helps you recover? Example: walking, prayer, time with friends, sport.
- Who can you talk to honestly? [name or counsellor].
- Set limits: how many hours do you work? When are you off?
- After a threat or an attack, rest and talk it through. Strong reactions are normal, not weakness.
- Plan one small thing each week that is only for you.</source>
        <translation>El estrés prolongado desgasta la salud y el juicio. Cuidarte es parte de tu seguridad.
- Tus primeras señales de exceso de estrés. Ejemplo: dormir mal, enojo, beber más, olvidar cosas.
- ¿Qué te ayuda a recuperarte? Ejemplo: caminar, rezar, pasar tiempo con amistades, hacer deporte.
- ¿Con quién puedes hablar con sinceridad? [nombre o terapeuta].
- Pon límites: ¿cuántas horas trabajas? ¿Cuándo descansas?
- Después de una amenaza o un ataque, descansa y habla de lo ocurrido. Las reacciones fuertes son normales, no una debilidad.
- Planea cada semana algo pequeño que sea solo para ti.</translation>
    </message>
    <message>
        <source>Memorise your lawyer&apos;s number. Tell your contact before protests. Go with others, not alone.</source>
        <translation>Memoriza el número de tu abogado/a. Avisa a tu contacto antes de las protestas. Ve con otras personas, no a solas.</translation>
    </message>
    <message>
        <source>My check-in protocol</source>
        <translation>Mi protocolo de reportes</translation>
    </message>
    <message>
        <source>My personal safety plan</source>
        <translation>Mi plan de seguridad personal</translation>
    </message>
    <message>
        <source>My plan if I am detained</source>
        <translation>Mi plan si me detienen</translation>
    </message>
    <message>
        <source>Not an outside actor: routine, tiredness, flat batteries, no signal</source>
        <translation>No es un actor externo: rutina, cansancio, baterías agotadas, falta de señal</translation>
    </message>
    <message>
        <source>Online smear campaign and threats on social media</source>
        <translation>Campaña de desprestigio en línea y amenazas en redes sociales</translation>
    </message>
    <message>
        <source>Only in times of higher risk: before and after sensitive meetings, or every evening at 21:00 after a new threat</source>
        <translation>Solo en períodos de mayor riesgo: antes y después de reuniones sensibles, o todas las noches a las 21:00 después de una nueva amenaza</translation>
    </message>
    <message>
        <source>Only one channel agreed. Locations sent in clear text.</source>
        <translation>Un solo canal acordado. Ubicaciones enviadas de forma explícita.</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>Plan de seguridad personal</translation>
    </message>
    <message>
        <source>Phone opens with a fingerprint. Sensitive chats kept for years.</source>
        <translation>El teléfono se desbloquea con huella. Chats sensibles guardados durante años.</translation>
    </message>
    <message>
        <source>Physical attack at or near your home</source>
        <translation>Ataque físico en tu casa o cerca de ella</translation>
    </message>
    <message>
        <source>Plan how to leave early if things go wrong.
- Signs that mean you end the trip. Example: your name in local media, a host arrested, police asking about you at your lodging.
- A safe place nearby for a few hours or days: [place], [person].
- Exit routes: [road], [bus], [flight]. Keep enough money for a last-minute ticket.
- If abroad, the embassy or consulate that could help: [embassy], [how to reach it].
- Who decides with you that it is time to leave? [name].
- If you must leave fast, what do you take, and what do you leave or delete?</source>
        <translation>Planifica cómo irte antes de tiempo si algo sale mal.
- Señales de que debes terminar el viaje. Ejemplo: tu nombre en medios locales, el arresto de alguien que te recibe, policías preguntando por ti en tu alojamiento.
- Un lugar seguro cercano para unas horas o días: [lugar], [persona].
- Rutas de salida: [carretera], [autobús], [vuelo]. Guarda suficiente dinero para un boleto de último momento.
- Si estás en el extranjero, la embajada o el consulado que podría ayudarte: [embajada], [cómo comunicarte].
- ¿Quién decide contigo que es momento de irte? [nombre].
- Si tienes que irte rápido, ¿qué te llevas y qué dejas o borras?</translation>
    </message>
    <message>
        <source>Prepare and practise what you will say: identity details and a request for your lawyer. Keep a medical note ready.</source>
        <translation>Prepara y practica lo que dirás: tus datos de identidad y la solicitud de que esté presente tu abogado/a. Ten lista una nota médica.</translation>
    </message>
    <message>
        <source>Protection networks are alerted. Your lawyer, family and contact decide on public action, following your wishes.</source>
        <translation>Se alerta a las redes de protección. Tu abogado/a, tu familia y tu contacto deciden sobre la acción pública, según tus deseos.</translation>
    </message>
    <message>
        <source>Registration, tax or funding papers not fully in order. No lawyer ready to act.</source>
        <translation>Documentos de inscripción legal, impuestos o financiamiento que no están del todo en regla. Sin asistencia legal lista para actuar.</translation>
    </message>
    <message>
        <source>Remove your address and family photos from public profiles. Use strong, unique passwords and two-step login. Ask [colleague] to watch for attacks.</source>
        <translation>Quita tu dirección y las fotos familiares de tus perfiles públicos. Usa contraseñas seguras y únicas, y la verificación en dos pasos. Pide a [colega] que vigile si hay ataques.</translation>
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
        <translation>Revisa este plan al menos cada tres meses, y de inmediato después de cualquiera de estos hechos:
- una nueva amenaza, advertencia o señal de que te vigilan
- un ataque, arresto o allanamiento que te afecte a ti o a alguien de tu red
- un cambio en tu trabajo, un caso nuevo o una declaración pública que llame la atención
- una mudanza de casa u oficina, o un cambio en tu familia
- un viaje previsto a un lugar de riesgo
- una nueva ley, elecciones, protestas u otro cambio político
- un dispositivo perdido, robado o incautado</translation>
    </message>
    <message>
        <source>Review this protocol:
- before each time of higher risk: a trial, a protest, a trip, a publication
- when your check-in contact changes, travels or becomes unavailable
- after every missed check-in, real or false alarm
- when a channel stops working or may be watched
- after an arrest or attack in your network
- at least every three months</source>
        <translation>Revisa este protocolo:
- antes de cada período de mayor riesgo: un juicio, una protesta, un viaje, una publicación
- cuando tu contacto de reporte cambie, viaje o deje de estar disponible
- después de cada reporte faltante, sea una alarma real o falsa
- cuando un canal deje de funcionar o pueda estar vigilado
- después de un arresto o un ataque en tu red
- al menos cada tres meses</translation>
    </message>
    <message>
        <source>Road accident, crime or sudden unrest</source>
        <translation>Accidente de tránsito, delincuencia o disturbios repentinos</translation>
    </message>
    <message>
        <source>Same route and times every day. Meetings announced in open chat groups.</source>
        <translation>La misma ruta y los mismos horarios todos los días. Reuniones anunciadas en grupos de chat abiertos.</translation>
    </message>
    <message>
        <source>Seized devices expose contacts, sources and this journal</source>
        <translation>Los dispositivos incautados exponen contactos, fuentes y este diario</translation>
    </message>
    <message>
        <source>Set a reminder alarm before each check-in. Carry a charged power bank. Share the task between two contacts. Review after the first week.</source>
        <translation>Pon una alarma de recordatorio antes de cada reporte. Lleva una batería externa cargada. Reparte la tarea entre dos contactos. Revisen cómo funciona después de la primera semana.</translation>
    </message>
    <message>
        <source>Single carer. No savings. No written authorisation for another carer.</source>
        <translation>Una sola persona cuidadora. Sin ahorros. Sin autorización escrita para que otra persona asuma el cuidado.</translation>
    </message>
    <message>
        <source>Stay calm. Ask for a written record of what is taken. Afterwards, warn contacts who may be exposed, change passwords, and treat the device as compromised.</source>
        <translation>Mantén la calma. Pide un registro escrito de lo que se llevan. Después, avisa a los contactos que puedan quedar expuestos, cambia las contraseñas y considera comprometido el dispositivo.</translation>
    </message>
    <message>
        <source>Stop meetings, check in early and move to the safe place. Warn the people you met if they may be at risk.</source>
        <translation>Suspende las reuniones, repórtate antes de la hora y ve al lugar seguro. Avisa a las personas con quienes te reuniste si pueden estar en riesgo.</translation>
    </message>
    <message>
        <source>Supportive networks and journalists. A colleague who can help save evidence.</source>
        <translation>Redes de apoyo y periodistas. Un colega que pueda ayudar a resguardar las pruebas.</translation>
    </message>
    <message>
        <source>Switch to the backup channel. If both fail, your contact treats it as a missed check-in and starts escalation.</source>
        <translation>Cambia al canal alternativo. Si ambos fallan, tu contacto lo trata como un reporte faltante y activa los pasos previstos.</translation>
    </message>
    <message>
        <source>The carer takes the children at once. Your organisation or network helps with emergency funds.</source>
        <translation>La persona cuidadora se hace cargo de las niñas y los niños de inmediato. Tu organización o tu red ayuda con fondos de emergencia.</translation>
    </message>
    <message>
        <source>Travel at night on unknown roads. Carrying all money and documents in one bag.</source>
        <translation>Viajar de noche por caminos desconocidos. Llevar todo el dinero y los documentos en una sola bolsa.</translation>
    </message>
    <message>
        <source>Travel in daylight with a reliable driver. Split money and documents. Ask local contacts about the situation each day.</source>
        <translation>Viaja de día con un conductor de confianza. Reparte el dinero y los documentos. Pregunta cada día a tus contactos locales cómo está la situación.</translation>
    </message>
    <message>
        <source>Travel plan: [destination, dates]</source>
        <translation>Plan de viaje: [destino, fechas]</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>Plan de seguridad para viajes</translation>
    </message>
    <message>
        <source>Travel with as little data as possible. Use a passphrase and switch devices off before crossing. Leave sensitive files in the encrypted backup at home.</source>
        <translation>Viaja con la menor cantidad posible de datos. Usa una frase de contraseña y apaga los dispositivos antes de cruzar. Deja los archivos sensibles en la copia de seguridad cifrada que guardas en casa.</translation>
    </message>
    <message>
        <source>Unfamiliar legal system. No local lawyer. No one nearby knows you.</source>
        <translation>Sistema legal desconocido. Sin asistencia legal local. Nadie cerca te conoce.</translation>
    </message>
    <message>
        <source>Use passphrases, encryption, little stored data and disappearing messages. Keep regular encrypted backups elsewhere.</source>
        <translation>Usa frases de contraseña, cifrado, pocos datos guardados y mensajes temporales. Haz con regularidad copias de seguridad cifradas y guárdalas en otro lugar.</translation>
    </message>
    <message>
        <source>Use this before a trip to a risky area or abroad, such as a field visit, a hearing or a conference.</source>
        <translation>Úsala antes de un viaje a una zona de riesgo o al extranjero, como una visita de campo, una audiencia o una conferencia.</translation>
    </message>
    <message>
        <source>Use this for one overall plan for your own safety: your work, home, devices, health and the people who depend on you.</source>
        <translation>Úsala para un plan general de tu propia seguridad: tu trabajo, tu casa, tus dispositivos, tu salud y las personas que dependen de ti.</translation>
    </message>
    <message>
        <source>Use this to agree regular check-ins with a trusted person, and exactly what they do if you miss one.</source>
        <translation>Úsala para acordar reportes periódicos con una persona de confianza, y qué hace exactamente si falta uno de tus reportes.</translation>
    </message>
    <message>
        <source>Use this to prepare for arrest or detention, so you and the people around you know what to do before, during and after.</source>
        <translation>Úsala para prepararte ante un arresto o una detención, de modo que tú y las personas de tu entorno sepan qué hacer antes, durante y después.</translation>
    </message>
    <message>
        <source>Vary meeting places and check them first. Few people know the schedule. Do not write names of the people you meet in your notes.</source>
        <translation>Cambia los lugares de reunión y revísalos antes. Que poca gente conozca la agenda. No escribas en tus notas los nombres de las personas con quienes te reúnes.</translation>
    </message>
    <message>
        <source>Vary routes and times. Arrange sensitive meetings only over secure channels. Log each suspicious sighting with date, time, place and description.</source>
        <translation>Cambia rutas y horarios. Organiza las reuniones sensibles solo por canales seguros. Registra cada observación sospechosa con fecha, hora, lugar y descripción.</translation>
    </message>
    <message>
        <source>Visitors from outside stand out. Your host is well known locally.</source>
        <translation>Las visitas de fuera llaman la atención. La persona que te recibe es muy conocida en el lugar.</translation>
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
        <translation>A quién se llama, en este orden. Tus contactos también tienen esta lista en papel.
1. [nombre], contacto de emergencia: activa este plan y anota cada acción con su hora.
2. [nombre de tu abogado/a]: averigua dónde te tienen, pide verte, comprueba tu estado de salud.
3. [familiar]: cuida a las personas a tu cargo, lleva medicamentos y ropa.
4. [nombre en tu organización]: protege archivos y cuentas, suspende el trabajo de riesgo.
5. [red de protección u organización de derechos humanos de confianza]: llamamiento urgente, seguimiento.
6. Solo si se acordó de antemano: [periodista], [embajada], [organismo de derechos humanos de la ONU o regional].
Acuerda de antemano
- Tu código de peligro: [palabra].
- ¿Quieres que tu detención se haga pública, y con qué rapidez? Algunas personas quieren difusión inmediata; otras, primero acciones discretas. Tu decisión: [decisión].
- Quién habla en tu nombre en público: [nombre]. Todas las demás personas remiten a esa persona.
- Lo que nunca se debe compartir: [ejemplo: nombres de las fuentes, tus datos de salud].</translation>
    </message>
    <message>
        <source>With your family and lawyer, your contact decides on public action, following your wishes. Everyone keeps a log of each action and its time.</source>
        <translation>Junto con tu familia y tu abogado/a, tu contacto decide sobre la acción pública, según tus deseos. Cada persona anota cada acción con su hora.</translation>
    </message>
    <message>
        <source>With your lawyer and family, your contact decides on public action, following your wishes. Everyone keeps a written log of each action and its time.</source>
        <translation>Junto con tu abogado/a y tu familia, tu contacto decide sobre la acción pública, según tus deseos. Cada persona anota por escrito cada acción con su hora.</translation>
    </message>
    <message>
        <source>Your check-in contact starts escalation. Lawyers and, if abroad, the embassy are contacted. The &apos;If detained&apos; plan starts.</source>
        <translation>Tu contacto de reporte activa los pasos previstos. Se contacta a la defensa legal y, si estás en el extranjero, a la embajada. Se activa el plan «Si me detienen».</translation>
    </message>
    <message>
        <source>Your contact alerts protection networks and trusted human rights organisations. Your organisation secures shared accounts and files. The &apos;If detained&apos; plan starts.</source>
        <translation>Tu contacto alerta a las redes de protección y a organizaciones de derechos humanos de confianza. Tu organización protege las cuentas y los archivos compartidos. Se activa el plan «Si me detienen».</translation>
    </message>
    <message>
        <source>Your contact calls [family member] and [name of your lawyer], and informs your organisation.</source>
        <translation>Tu contacto llama a [familiar] y a [nombre de tu abogado/a], e informa a tu organización.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer] and the local lawyer, who check police stations and hospitals along your route. Your organisation is informed.</source>
        <translation>Tu contacto llama a [nombre de tu abogado/a] y al abogado/a local, que te buscan en comisarías y hospitales a lo largo de tu ruta. Se informa a tu organización.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations and hospitals. Your organisation is informed.</source>
        <translation>Tu contacto llama a [nombre de tu abogado/a], que te busca en comisarías y hospitales. Se informa a tu organización.</translation>
    </message>
    <message>
        <source>Your contact calls [name of your lawyer], who checks police stations. [family member] is informed.</source>
        <translation>Tu contacto llama a [nombre de tu abogado/a], que te busca en comisarías. Se informa a [familiar].</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, and asks the people you were meeting.</source>
        <translation>Tu contacto te llama y te escribe por los canales principal y alternativo, y pregunta a las personas con quienes te ibas a reunir.</translation>
    </message>
    <message>
        <source>Your contact calls and messages you on the main and backup channels, then calls the people you were meeting if known.</source>
        <translation>Tu contacto te llama y te escribe por los canales principal y alternativo, y luego llama a las personas con quienes te ibas a reunir, si las conoce.</translation>
    </message>
    <message>
        <source>Your contact calls the backup contact and [family member], and checks your last known location and plans.</source>
        <translation>Tu contacto llama al contacto suplente y a [familiar], y revisa tu última ubicación conocida y tus planes.</translation>
    </message>
    <message>
        <source>Your contact calls your host or lodging and the backup contact, and checks your last known location and plans.</source>
        <translation>Tu contacto llama a quien te aloja o a tu alojamiento y al contacto suplente, y revisa tu última ubicación conocida y tus planes.</translation>
    </message>
    <message>
        <source>Your contact changes shared passwords and warns people who may be exposed. After release, treat devices as compromised.</source>
        <translation>Tu contacto cambia las contraseñas compartidas y avisa a las personas que puedan quedar expuestas. Después de la liberación, considera comprometidos los dispositivos.</translation>
    </message>
    <message>
        <source>Your contact follows the escalation steps without delay. The lawyer checks police stations. The network is alerted within hours.</source>
        <translation>Tu contacto sigue sin demora los pasos previstos si falta un reporte. Tu abogado/a te busca en comisarías. Se alerta a la red en pocas horas.</translation>
    </message>
    <message>
        <source>Your contact tries all channels and calls the people you were with.</source>
        <translation>Tu contacto prueba todos los canales y llama a las personas con quienes estabas.</translation>
    </message>
    <message>
        <source>Your contact tries you on the main and backup channels, then calls the local contact [name] at the destination.</source>
        <translation>Tu contacto intenta comunicarse contigo por los canales principal y alternativo, y luego llama al contacto local [nombre] en el destino.</translation>
    </message>
    <message>
        <source>Your emergency contact starts the call list. Your lawyer finds where you are held. The network is alerted.</source>
        <translation>Tu contacto de emergencia inicia la lista de llamadas. Tu abogado/a averigua dónde te tienen. Se alerta a la red.</translation>
    </message>
    <message>
        <source>Your lawyer checks police stations and hospitals. Your contact alerts protection networks and starts the &apos;If detained&apos; plan.</source>
        <translation>Tu abogado/a te busca en comisarías y hospitales. Tu contacto alerta a las redes de protección y activa el plan «Si me detienen».</translation>
    </message>
    <message>
        <source>Your lawyer demands access and a medical exam. After release, document injuries with a doctor. Report to protection networks and complaint bodies.</source>
        <translation>Tu abogado/a exige poder verte y que te hagan un examen médico. Después de la liberación, haz que un médico documente las lesiones. Informa a las redes de protección y presenta denuncias ante los organismos competentes.</translation>
    </message>
    <message>
        <source>Your organisation secures shared accounts and files. The carer gets ready to take your dependants.</source>
        <translation>Tu organización protege las cuentas y los archivos compartidos. La persona cuidadora se prepara para recibir a las personas que dependen de ti.</translation>
    </message>
    <message>
        <source>[border police], [soldiers at a checkpoint]</source>
        <translation>[policía de fronteras], [soldados en un puesto de control]</translation>
    </message>
    <message>
        <source>[general crime], [unrest in the area]</source>
        <translation>[delincuencia común], [disturbios en la zona]</translation>
    </message>
    <message>
        <source>[interrogators], [prison staff]</source>
        <translation>[interrogadores], [personal penitenciario]</translation>
    </message>
    <message>
        <source>[local intelligence], [local authorities]</source>
        <translation>[inteligencia local], [autoridades locales]</translation>
    </message>
    <message>
        <source>[local police]</source>
        <translation>[policía local]</translation>
    </message>
    <message>
        <source>[online accounts linked to opponents]</source>
        <translation>[cuentas en línea vinculadas a quienes se oponen a tu trabajo]</translation>
    </message>
    <message>
        <source>[police unit]</source>
        <translation>[unidad policial]</translation>
    </message>
    <message>
        <source>[police], [intelligence service]</source>
        <translation>[policía], [servicio de inteligencia]</translation>
    </message>
    <message>
        <source>[police], [unknown group]</source>
        <translation>[policía], [grupo desconocido]</translation>
    </message>
    <message>
        <source>[prosecutor&apos;s office], [company]</source>
        <translation>[fiscalía], [empresa]</translation>
    </message>
    <message>
        <source>[state security agency] or [private security staff]</source>
        <translation>[agencia de seguridad del Estado] o [personal de seguridad privada]</translation>
    </message>
    <message>
        <source>[telecom provider under state pressure], [police]</source>
        <translation>[empresa de telecomunicaciones bajo presión del Estado], [policía]</translation>
    </message>
    <message>
        <source>[unknown persons], [armed group]</source>
        <translation>[personas desconocidas], [grupo armado]</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Abduction or kidnapping</source>
        <translation>Rapto o secuestro</translation>
    </message>
    <message>
        <source>Account taken over</source>
        <translation>Toma de control de una cuenta</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Casi seguro</translation>
    </message>
    <message>
        <source>Armed opposition</source>
        <translation>Oposición armada</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Assault or beating</source>
        <translation>Agresión o golpes</translation>
    </message>
    <message>
        <source>Attempted killing</source>
        <translation>Intento de asesinato</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <source>Being watched or followed</source>
        <translation>Vigilancia física o seguimiento</translation>
    </message>
    <message>
        <source>Border or checkpoint</source>
        <translation>Frontera o puesto de control</translation>
    </message>
    <message>
        <source>Business or company</source>
        <translation>Empresa o negocio</translation>
    </message>
    <message>
        <source>Carried it out</source>
        <translation>Lo ejecutó</translation>
    </message>
    <message>
        <source>Censorship</source>
        <translation>Censura</translation>
    </message>
    <message>
        <source>Charges or prosecution</source>
        <translation>Cargos o procesamiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recopilado</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de comunicación</translation>
    </message>
    <message>
        <source>Community member</source>
        <translation>Miembro de la comunidad</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>Confiscación</translation>
    </message>
    <message>
        <source>Consequence of</source>
        <translation>Consecuencia de</translation>
    </message>
    <message>
        <source>Context and actors</source>
        <translation>Contexto y actores</translation>
    </message>
    <message>
        <source>Continuity and family</source>
        <translation>Continuidad y familia</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Courts (judiciary)</source>
        <translation>Tribunales (poder judicial)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Crowd or mob</source>
        <translation>Multitud o turba</translation>
    </message>
    <message>
        <source>Day unknown</source>
        <translation>Día desconocido</translation>
    </message>
    <message>
        <source>Death threat</source>
        <translation>Amenaza de muerte</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>Difamación</translation>
    </message>
    <message>
        <source>Denied a lawyer or legal help</source>
        <translation>Negación de abogado o asistencia jurídica</translation>
    </message>
    <message>
        <source>Deprivation of liberty</source>
        <translation>Privación de libertad</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>Copia derivada</translation>
    </message>
    <message>
        <source>Detention or imprisonment</source>
        <translation>Detención o encarcelamiento</translation>
    </message>
    <message>
        <source>Digital attack</source>
        <translation>Ataque digital</translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation>Seguridad digital</translation>
    </message>
    <message>
        <source>Digital security helpline</source>
        <translation>Línea de ayuda en seguridad digital</translation>
    </message>
    <message>
        <source>Digital surveillance</source>
        <translation>Vigilancia digital</translation>
    </message>
    <message>
        <source>Diplomatic contact</source>
        <translation>Contacto diplomático</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico/a</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Embassy or diplomat</source>
        <translation>Embajada o cuerpo diplomático</translation>
    </message>
    <message>
        <source>Emergency card</source>
        <translation>Tarjeta de emergencia</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Encrypted email (PGP)</source>
        <translation>Correo cifrado (PGP)</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Desaparición forzada</translation>
    </message>
    <message>
        <source>Estimated date</source>
        <translation>Fecha estimada</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Desalojo</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <source>Exile</source>
        <translation>Exilio</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Expression and association</source>
        <translation>Expresión y asociación</translation>
    </message>
    <message>
        <source>Failed to protect</source>
        <translation>No protegió</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Libertad de circulación</translation>
    </message>
    <message>
        <source>Full incident report</source>
        <translation>Informe completo del incidente</translation>
    </message>
    <message>
        <source>Gave the order</source>
        <translation>Dio la orden</translation>
    </message>
    <message>
        <source>Government (executive)</source>
        <translation>Gobierno (poder ejecutivo)</translation>
    </message>
    <message>
        <source>Group or organisation banned</source>
        <translation>Prohibición de grupo u organización</translation>
    </message>
    <message>
        <source>Happened after</source>
        <translation>Ocurrió después</translation>
    </message>
    <message>
        <source>Happened before</source>
        <translation>Ocurrió antes</translation>
    </message>
    <message>
        <source>Heard from others</source>
        <translation>Lo supo por otras personas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Home, office and travel</source>
        <translation>Casa, oficina y viajes</translation>
    </message>
    <message>
        <source>House arrest</source>
        <translation>Arresto domiciliario</translation>
    </message>
    <message>
        <source>How and when you check in with trusted people, and what happens if you do not.</source>
        <translation>Cómo y cuándo te reportas con personas de confianza, y qué pasa si no lo haces.</translation>
    </message>
    <message>
        <source>How you look after your body and mind under stress.</source>
        <translation>Cómo cuidas tu cuerpo y tu mente bajo estrés.</translation>
    </message>
    <message>
        <source>How you protect your phone, computer, accounts and data.</source>
        <translation>Cómo proteges tu teléfono, tu computadora, tus cuentas y tus datos.</translation>
    </message>
    <message>
        <source>How you stay safer at home, at work and when moving around.</source>
        <translation>Cómo te mantienes más seguro en casa, en el trabajo y al desplazarte.</translation>
    </message>
    <message>
        <source>If I am detained</source>
        <translation>Si me detienen</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Suplantación de identidad</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Resumen del incidente</translation>
    </message>
    <message>
        <source>Intelligence or secret service</source>
        <translation>Servicios de inteligencia o secretos</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <source>Judicial harassment</source>
        <translation>Hostigamiento judicial</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <source>Legal action</source>
        <translation>Acción judicial</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Malware or spyware</source>
        <translation>Malware o software espía</translation>
    </message>
    <message>
        <source>Media or journalist</source>
        <translation>Medio de comunicación o periodista</translation>
    </message>
    <message>
        <source>Media or publicity</source>
        <translation>Medios o difusión pública</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Expediente médico</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Meeting or protest banned</source>
        <translation>Prohibición de reunión o protesta</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Fuerzas armadas</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Month and day unknown</source>
        <translation>Mes y día desconocidos</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Insignificante</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Noticia o reportaje</translation>
    </message>
    <message>
        <source>Non-state armed or organised group</source>
        <translation>Grupo armado u organizado no estatal</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>Cierre de oficina</translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation>Oficina o lugar de trabajo</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Autoridad o funcionario</translation>
    </message>
    <message>
        <source>Official record</source>
        <translation>Registro oficial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Online harassment</source>
        <translation>Acoso en línea</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Parliament (legislative)</source>
        <translation>Parlamento (poder legislativo)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Personal details published (doxxing)</source>
        <translation>Publicación de datos personales (doxxing)</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing (engaño para robar datos)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Phone or computer seized</source>
        <translation>Incautación de teléfono o computadora</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Ataque físico</translation>
    </message>
    <message>
        <source>Planned it</source>
        <translation>Lo planeó</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Comisaría o estación de policía</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Prison or detention centre</source>
        <translation>Cárcel o centro de detención</translation>
    </message>
    <message>
        <source>Private individuals</source>
        <translation>Particulares</translation>
    </message>
    <message>
        <source>Private security guards</source>
        <translation>Guardias de seguridad privada</translation>
    </message>
    <message>
        <source>Pro-government group</source>
        <translation>Grupo progubernamental</translation>
    </message>
    <message>
        <source>Protection organisation</source>
        <translation>Organización de protección</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Apoyo psicosocial</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Public event or meeting</source>
        <translation>Evento o reunión pública</translation>
    </message>
    <message>
        <source>Raid or search</source>
        <translation>Allanamiento o registro</translation>
    </message>
    <message>
        <source>Raids and property</source>
        <translation>Allanamientos y bienes</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Muy improbable</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Tachado</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Reubicación</translation>
    </message>
    <message>
        <source>Request for protection</source>
        <translation>Solicitud de protección</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Saw it happen</source>
        <translation>Lo presenció</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Muy grave</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Acoso sexual</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violencia sexual</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>Campaña de desprestigio</translation>
    </message>
    <message>
        <source>Social media post</source>
        <translation>Publicación en redes sociales</translation>
    </message>
    <message>
        <source>Spoken lies (slander)</source>
        <translation>Mentiras dichas (difamación oral)</translation>
    </message>
    <message>
        <source>Stalking or being followed</source>
        <translation>Acecho o persecución</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Street or public place</source>
        <translation>Calle o espacio público</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Surveillance of the organisation</source>
        <translation>Vigilancia de la organización</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Theft or looting</source>
        <translation>Robo o saqueo</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Threats and harassment</source>
        <translation>Amenazas y hostigamiento</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Tortura</translation>
    </message>
    <message>
        <source>Travel ban</source>
        <translation>Prohibición de viajar</translation>
    </message>
    <message>
        <source>Trusted contact</source>
        <translation>Contacto de confianza</translation>
    </message>
    <message>
        <source>UN or regional body</source>
        <translation>ONU u organismo regional</translation>
    </message>
    <message>
        <source>Unfair trial</source>
        <translation>Juicio injusto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Llamamiento urgente</translation>
    </message>
    <message>
        <source>Vandalism or damage</source>
        <translation>Vandalismo o daños</translation>
    </message>
    <message>
        <source>Vehicle or transport</source>
        <translation>Vehículo o transporte</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Was present</source>
        <translation>Estuvo presente</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Website attacked</source>
        <translation>Ataque a sitio web</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>What to do, and who to alert, if you are arrested or taken.</source>
        <translation>Qué hacer, y a quién avisar, si te detienen o te llevan.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Where you can go and how to get there if you must leave quickly.</source>
        <translation>A dónde puedes ir y cómo llegar si tienes que irte rápido.</translation>
    </message>
    <message>
        <source>Who and what puts you at risk, and who can help.</source>
        <translation>Quién y qué te pone en riesgo, y quién puede ayudar.</translation>
    </message>
    <message>
        <source>Who takes care of your work and your family if you cannot.</source>
        <translation>Quién se ocupa de tu trabajo y de tu familia si tú no puedes.</translation>
    </message>
    <message>
        <source>Written lies (libel)</source>
        <translation>Mentiras escritas (difamación escrita)</translation>
    </message>
</context>
</TS>
