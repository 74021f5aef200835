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
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <source>Every PDF and JSON file made from this journal. The panic wipe overwrites and deletes each of them; delete one yourself as soon as it has served.</source>
        <translation>Todos los archivos PDF y JSON creados a partir de este diario. El borrado de emergencia los sobrescribe y los elimina todos; borra cada uno en cuanto haya cumplido su función.</translation>
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
    <name>template</name>
    <message>
        <source>Check-in protocol</source>
        <translation>Protocolo de reportes</translation>
    </message>
    <message>
        <source>If detained</source>
        <translation>Si me detienen</translation>
    </message>
    <message>
        <source>Personal safety plan</source>
        <translation>Plan de seguridad personal</translation>
    </message>
    <message>
        <source>Travel safety plan</source>
        <translation>Plan de seguridad para viajes</translation>
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
