"""Draw the fictional evidence pictures of the demo journal (resources/demo/journal.json).

Run from anywhere with the project's Python:

    .venv/bin/python resources/demo/make_images.py

Every picture is drawn from simple shapes and text (no photograph, no real person, no real
place), carries "FICTIONAL - TRAINING" in its bottom-right corner, is at most 800x600 and is
saved as a small palette PNG (well under 60 KB) in journal.attachments/<attachment id>/, the
path that journal.json gives. The drawing is deterministic: no randomness, no clock.
Only the fonts shipped in resources/fonts are used, so the result does not depend on the
computer. journal.json does not record the size or checksum of the pictures, so a new Pillow
version that writes slightly different bytes still gives an importable journal.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "fonts"
OUTPUT = HERE / "journal.attachments"
MARKER = "FICTIONAL - TRAINING"
MAX_BYTES = 60_000

Font = ImageFont.FreeTypeFont
Colour = tuple[int, int, int]


def font(size: int, *, bold: bool = False) -> Font:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(
        io.BytesIO(gzip.decompress((FONTS / f"{name}.gz").read_bytes())), size
    )


def vertical_gradient(
    draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], top: Colour, bottom: Colour
) -> None:
    """Fill `box` with bands from `top` to `bottom` (bands, not lines: a small palette PNG)."""
    x0, y0, x1, y1 = box
    bands = 12
    height = y1 - y0
    for n in range(bands):
        mix = n / (bands - 1)
        colour = tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        draw.rectangle(
            (x0, y0 + n * height // bands, x1, y0 + (n + 1) * height // bands), fill=colour
        )


def mark(image: Image.Image) -> None:
    """The marker, in the bottom-right corner, on a band no picture content can hide."""
    draw = ImageDraw.Draw(image)
    face = font(16, bold=True)
    left, top, right, bottom = draw.textbbox((0, 0), MARKER, font=face)
    width, height = right - left + 20, bottom - top + 12
    x, y = image.width - width - 8, image.height - height - 8
    draw.rectangle(
        (x, y, x + width, y + height), fill=(255, 255, 255), outline=(200, 0, 0), width=3
    )
    draw.text((x + 10 - left, y + 6 - top), MARKER, font=face, fill=(200, 0, 0))


def parked_car() -> Image.Image:
    """A grey van with no number plate, seen from a window across the street."""
    image = Image.new("RGB", (800, 600), (230, 230, 230))
    draw = ImageDraw.Draw(image)
    vertical_gradient(draw, (0, 0, 800, 260), (150, 190, 230), (215, 230, 240))
    # houses across the street
    for x, colour in ((20, (214, 170, 120)), (270, (190, 200, 170)), (520, (220, 200, 160))):
        draw.rectangle((x, 120, x + 240, 330), fill=colour)
        draw.rectangle((x + 30, 170, x + 90, 230), fill=(90, 110, 130))
        draw.rectangle((x + 150, 200, x + 210, 330), fill=(120, 80, 50))
    draw.rectangle((0, 330, 800, 360), fill=(170, 170, 165))  # pavement
    draw.rectangle((0, 360, 800, 600), fill=(95, 95, 100))  # road
    for x in range(0, 800, 120):
        draw.rectangle((x, 470, x + 60, 478), fill=(235, 235, 210))
    # the van
    draw.rounded_rectangle((200, 250, 600, 420), radius=18, fill=(70, 72, 78))
    draw.polygon([(200, 300), (240, 255), (330, 255), (330, 320), (200, 320)], fill=(40, 50, 60))
    draw.rectangle((345, 262, 470, 318), fill=(40, 50, 60))
    draw.rectangle((485, 262, 585, 318), fill=(40, 50, 60))
    draw.ellipse((245, 380, 325, 460), fill=(25, 25, 25))
    draw.ellipse((470, 380, 550, 460), fill=(25, 25, 25))
    draw.ellipse((265, 400, 305, 440), fill=(120, 120, 120))
    draw.ellipse((490, 400, 530, 440), fill=(120, 120, 120))
    draw.rectangle((560, 370, 600, 392), outline=(200, 200, 200), width=2)  # empty plate holder
    draw.text((258, 285), "2 personas dentro", font=font(13), fill=(220, 220, 220))
    # window frame of the room the picture is taken from
    draw.rectangle((0, 0, 799, 599), outline=(245, 245, 240), width=26)
    draw.line((400, 0, 400, 600), fill=(245, 245, 240), width=14)
    draw.text((40, 40), "05/09/2023  08:12", font=font(20, bold=True), fill=(255, 200, 0))
    return image


def broken_lock() -> Image.Image:
    """A drawing of a door with its lock torn out, with a ruler for scale."""
    image = Image.new("RGB", (800, 600), (236, 232, 222))
    draw = ImageDraw.Draw(image)
    draw.rectangle((180, 0, 620, 600), fill=(150, 100, 60))  # door
    for x in range(195, 620, 36):
        draw.line((x, 0, x, 600), fill=(135, 90, 52), width=2)
    draw.rectangle((620, 0, 680, 600), fill=(200, 195, 185))  # frame
    # the hole where the lock was, with splinters
    draw.polygon(
        [(510, 250), (560, 236), (600, 262), (606, 330), (586, 372), (530, 366), (500, 320)],
        fill=(60, 38, 20),
    )
    for x0, y0, x1, y1 in ((500, 250, 470, 226), (560, 236, 578, 204), (586, 372, 600, 404)):
        draw.line((x0, y0, x1, y1), fill=(225, 190, 140), width=5)
    # the lock body, hanging from one screw
    draw.rectangle((520, 400, 590, 470), fill=(175, 175, 180), outline=(90, 90, 95), width=3)
    draw.ellipse((545, 420, 565, 440), fill=(60, 60, 60))
    draw.line((555, 400, 572, 366), fill=(90, 90, 95), width=4)
    draw.ellipse((640, 290, 660, 310), fill=(120, 120, 120))  # strike plate screw
    # ruler
    draw.rectangle((200, 520, 500, 550), fill=(250, 240, 150), outline=(60, 60, 60))
    for n in range(16):
        x = 210 + n * 18
        draw.line((x, 520, x, 532 if n % 5 else 540), fill=(40, 40, 40), width=2)
    for n in (0, 5, 10, 15):
        draw.text((205 + n * 18, 553), str(n), font=font(14), fill=(40, 40, 40))
    draw.text((500, 553), "cm", font=font(14), fill=(40, 40, 40))
    draw.rectangle((10, 12, 500, 76), fill=(250, 248, 240))  # caption band
    draw.text(
        (20, 20),
        "Puerta de la oficina, 15/04/2024, 08:35",
        font=font(20, bold=True),
        fill=(30, 30, 30),
    )
    draw.text((20, 48), "Cerradura arrancada; marco astillado", font=font(16), fill=(30, 30, 30))
    return image


def bubble(draw: ImageDraw.ImageDraw, y: int, lines: list[str], time: str, *, mine: bool) -> int:
    """One chat message; returns the y below it."""
    face = font(15)
    height = 22 * len(lines) + 30
    x0, x1 = (150, 430) if mine else (40, 330)
    fill = (205, 240, 200) if mine else (255, 255, 255)
    draw.rounded_rectangle((x0, y, x1, y + height), radius=12, fill=fill, outline=(190, 190, 190))
    for n, line in enumerate(lines):
        draw.text((x0 + 12, y + 8 + 22 * n), line, font=face, fill=(20, 20, 20))
    draw.text((x1 - 50, y + height - 20), time, font=font(11), fill=(110, 110, 110))
    return y + height + 12


def threat_message() -> Image.Image:
    """A screenshot-like picture of threats in the fictional 'Chatterbox' app."""
    image = Image.new("RGB", (480, 600), (222, 228, 234))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 480, 28), fill=(20, 20, 20))
    draw.text((12, 6), "21:47", font=font(13, bold=True), fill=(255, 255, 255))
    draw.text((400, 6), "62%", font=font(13), fill=(255, 255, 255))
    draw.rectangle((0, 28, 480, 92), fill=(60, 90, 160))
    draw.ellipse((14, 40, 54, 80), fill=(160, 170, 190))
    draw.text((66, 38), "user_48213", font=font(18, bold=True), fill=(255, 255, 255))
    draw.text(
        (66, 64), "Chatterbox · no photo · joined this week", font=font(12), fill=(220, 230, 250)
    )
    y = 104
    draw.rounded_rectangle((170, y, 310, y + 24), radius=8, fill=(200, 205, 215))
    draw.text((188, y + 4), "10 Sept 2024", font=font(12), fill=(60, 60, 60))
    y += 36
    y = bubble(draw, y, ["Stop the Cerro Pardo case."], "21:12", mine=False)
    y = bubble(draw, y, ["We know the school", "of your children."], "21:13", mine=False)
    y = bubble(draw, y, ["You will end up in the", "hills like the others."], "21:40", mine=False)
    y = bubble(draw, y, ["Who is this?"], "21:44", mine=True)
    y = bubble(draw, y, ["You know who we are."], "21:46", mine=False)
    draw.rectangle((0, 548, 480, 600), fill=(245, 245, 245))
    draw.rounded_rectangle(
        (14, 558, 380, 590), radius=14, fill=(255, 255, 255), outline=(200, 200, 200)
    )
    return image


def phishing_email() -> Image.Image:
    """A webmail window showing a fake 'donor' email with a lookalike address."""
    image = Image.new("RGB", (800, 560), (245, 246, 248))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 800, 44), fill=(52, 73, 94))
    draw.text((16, 11), "Webmail", font=font(18, bold=True), fill=(255, 255, 255))
    draw.rectangle((0, 44, 170, 560), fill=(232, 235, 240))
    for n, label in enumerate(("Inbox (3)", "Sent", "Drafts", "Junk", "Archive")):
        draw.text((18, 64 + 34 * n), label, font=font(15), fill=(40, 40, 40))
    draw.text(
        (190, 60),
        "Urgent: confirm your grant report today",
        font=font(20, bold=True),
        fill=(20, 20, 20),
    )
    draw.text(
        (190, 96),
        "From: Grants Team <grants.team@example.net>",
        font=font(14),
        fill=(60, 60, 60),
    )
    draw.text((190, 118), "To: coordination@example.org", font=font(14), fill=(60, 60, 60))
    draw.text((190, 140), "14 March 2023, 09:02", font=font(13), fill=(110, 110, 110))
    draw.line((190, 166, 780, 166), fill=(210, 210, 210), width=2)
    body = [
        "Dear partner,",
        "",
        "Our records show that your last grant report is incomplete.",
        "To avoid a suspension of payments, please log in and",
        "confirm your details within 24 hours:",
    ]
    for n, line in enumerate(body):
        draw.text((190, 184 + 24 * n), line, font=font(15), fill=(30, 30, 30))
    draw.rounded_rectangle((190, 316, 470, 356), radius=6, fill=(30, 110, 200))
    draw.text((214, 326), "Confirm my grant report", font=font(15, bold=True), fill=(255, 255, 255))
    draw.text(
        (190, 366),
        "Link goes to: login-grants.example.net/webmail",
        font=font(13),
        fill=(170, 0, 0),
    )
    # the warning note the defender added before sharing the screenshot
    draw.rectangle((190, 410, 780, 480), fill=(255, 243, 205), outline=(200, 150, 0), width=2)
    draw.text(
        (204, 420),
        "Real donor address: grants@example.org",
        font=font(14, bold=True),
        fill=(90, 60, 0),
    )
    draw.text(
        (204, 446),
        "The sender's address is different. Nobody clicked.",
        font=font(14),
        fill=(90, 60, 0),
    )
    return image


def office_seal() -> Image.Image:
    """An office door sealed with two crossed paper strips and a round stamp."""
    image = Image.new("RGB", (640, 600), (210, 205, 195))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 470, 640, 600), fill=(150, 140, 125))  # floor
    draw.rectangle((170, 60, 470, 480), fill=(95, 120, 140))  # door
    draw.rectangle((150, 50, 490, 60), fill=(80, 80, 80))
    draw.ellipse((420, 270, 440, 290), fill=(220, 200, 120))  # handle
    # two crossed strips, the word on each arm, the stamp where they cross
    strip = Image.new("RGBA", (460, 50), (250, 250, 240, 255))
    strip_draw = ImageDraw.Draw(strip)
    for x in (22, 330):
        strip_draw.text((x, 12), "SCELLÉ", font=font(20, bold=True), fill=(160, 0, 0))
    for angle in (28, -28):
        turned = strip.rotate(angle, expand=True)
        image.paste(turned, (320 - turned.width // 2, 270 - turned.height // 2), turned)
    draw = ImageDraw.Draw(image)
    draw.ellipse((262, 212, 378, 328), fill=(250, 250, 240))
    draw.ellipse((270, 220, 370, 320), outline=(120, 30, 140), width=5)
    draw.ellipse((284, 234, 356, 306), outline=(120, 30, 140), width=2)
    draw.text((291, 261), "MAIRIE", font=font(14, bold=True), fill=(120, 30, 140))
    draw.text((20, 16), "Kalembe, 7 mai 2024, 09:40", font=font(18, bold=True), fill=(30, 30, 30))
    draw.text((20, 500), "Aucune décision écrite remise.", font=font(16), fill=(255, 255, 255))
    return image


def seizure_record() -> Image.Image:
    """The first page of a seizure record, with text lines and an official stamp."""
    image = Image.new("RGB", (600, 600), (200, 200, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 20, 540, 590), fill=(252, 251, 246), outline=(150, 150, 150))
    draw.text((110, 50), "PROCÈS-VERBAL DE SAISIE", font=font(22, bold=True), fill=(20, 20, 20))
    draw.text((110, 84), "N° FIC-0000/2024 - 2 mars 2024", font=font(15), fill=(40, 40, 40))
    draw.line((100, 114, 500, 114), fill=(60, 60, 60), width=2)
    items = ["1. Ordinateur portable (3)", "2. Téléphone mobile (2)", "3. Dossiers papier (14)"]
    for n, item in enumerate(items):
        draw.text((110, 134 + 30 * n), item, font=font(15), fill=(30, 30, 30))
    for n in range(7):  # lines of handwriting, blurred to grey bars
        y = 246 + 26 * n
        draw.rounded_rectangle((110, y, 490 - (n % 3) * 60, y + 9), radius=4, fill=(175, 180, 195))
    # the round stamp, slightly crooked
    stamp = Image.new("RGBA", (180, 180), (0, 0, 0, 0))
    stamp_draw = ImageDraw.Draw(stamp)
    stamp_draw.ellipse((6, 6, 174, 174), outline=(40, 70, 170, 230), width=6)
    stamp_draw.ellipse((28, 28, 152, 152), outline=(40, 70, 170, 230), width=2)
    stamp_draw.text((46, 68), "SERVICE", font=font(18, bold=True), fill=(40, 70, 170, 230))
    stamp_draw.text((54, 92), "FICTIF", font=font(18, bold=True), fill=(40, 70, 170, 230))
    turned = stamp.rotate(-14, expand=True)
    image.paste(turned, (300, 400), turned)
    draw.text((110, 450), "Signature :", font=font(14), fill=(40, 40, 40))
    draw.line((110, 500, 250, 470), fill=(20, 20, 90), width=2)
    draw.line((250, 470, 270, 505), fill=(20, 20, 90), width=2)
    return image


def smear_post() -> Image.Image:
    """A screenshot-like post on the fictional 'Chirrido' network, from an anonymous page."""
    image = Image.new("RGB", (560, 600), (236, 238, 242))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 560, 50), fill=(230, 120, 30))
    draw.text((18, 12), "Chirrido", font=font(22, bold=True), fill=(255, 255, 255))
    draw.rectangle((20, 66, 540, 560), fill=(255, 255, 255), outline=(215, 215, 220))
    draw.ellipse((36, 80, 84, 128), fill=(90, 90, 90))
    draw.text((96, 84), "San Telmo Despierta", font=font(17, bold=True), fill=(20, 20, 20))
    draw.text((96, 108), "Página · 12 de agosto de 2024", font=font(13), fill=(110, 110, 110))
    text = [
        "¿Sabías que la del colectivo cobra de",
        "extranjeros para frenar el progreso?",
        "Engaña a la comunidad. ¡Compártelo!",
    ]
    for n, line in enumerate(text):
        draw.text((36, 144 + 24 * n), line, font=font(16), fill=(20, 20, 20))
    # a silhouette in place of the photo the page published
    draw.rectangle((36, 222, 524, 470), fill=(200, 205, 215))
    draw.ellipse((240, 250, 320, 330), fill=(140, 145, 160))
    draw.pieslice((190, 320, 370, 500), 180, 360, fill=(140, 145, 160))
    label = Image.new("RGBA", (240, 64), (0, 0, 0, 0))
    ImageDraw.Draw(label).rectangle((0, 0, 239, 63), outline=(200, 0, 0, 255), width=5)
    ImageDraw.Draw(label).text((26, 10), "VENDIDA", font=font(36, bold=True), fill=(200, 0, 0, 255))
    turned = label.rotate(12, expand=True)
    image.paste(turned, (250, 240), turned)
    draw = ImageDraw.Draw(image)
    draw.text(
        (36, 484),
        "Me gusta 214 · Comentarios 87 · Compartido 196",
        font=font(15),
        fill=(90, 90, 90),
    )
    draw.text(
        (36, 512), "(foto original sustituida por una silueta)", font=font(12), fill=(120, 120, 120)
    )
    return image


def damaged_car() -> Image.Image:
    """Side view of a car with four flat tyres and scratches on the right-hand door."""
    image = Image.new("RGB", (800, 480), (225, 215, 195))
    draw = ImageDraw.Draw(image)
    vertical_gradient(draw, (0, 0, 800, 200), (245, 235, 215), (225, 215, 195))
    draw.rectangle((0, 200, 800, 300), fill=(235, 230, 220))  # wall of the office
    draw.rectangle((0, 360, 800, 480), fill=(120, 115, 110))  # street
    draw.rounded_rectangle((140, 250, 660, 372), radius=24, fill=(240, 240, 240))  # body
    draw.polygon([(250, 250), (320, 180), (520, 180), (590, 250)], fill=(240, 240, 240))
    draw.polygon([(270, 248), (330, 192), (410, 192), (410, 248)], fill=(110, 140, 160))
    draw.polygon([(425, 248), (425, 192), (510, 192), (565, 248)], fill=(110, 140, 160))
    draw.line((418, 250, 418, 368), fill=(170, 170, 170), width=3)
    # flat tyres: squashed ellipses
    for x in (200, 520):
        draw.ellipse((x, 352, x + 100, 392), fill=(30, 30, 30))
        draw.ellipse((x + 30, 358, x + 70, 384), fill=(110, 110, 110))
    # scratches on the door
    for n in range(5):
        draw.line(
            (440 + n * 14, 280 + n * 4, 560 + n * 10, 300 - n * 3), fill=(90, 90, 90), width=2
        )
    draw.ellipse((430, 262, 580, 330), outline=(220, 0, 0), width=4)
    draw.text((20, 20), "9/5/2025  07:50", font=font(20, bold=True), fill=(60, 40, 20))
    draw.text(
        (20, 50), "4 pneus crevés - rayures sur la porte droite", font=font(16), fill=(60, 40, 20)
    )
    return image


# attachment id -> (file name, drawing); the ids and names are those in journal.json
IMAGES: dict[str, tuple[str, Callable[[], Image.Image]]] = {
    "a-es-parked-van": ("fictional-parked-van.png", parked_car),
    "a-es-broken-lock": ("fictional-broken-lock.png", broken_lock),
    "a-en-threat-screenshot": ("fictional-threat-screenshot.png", threat_message),
    "a-en-phishing-screenshot": ("fictional-phishing-email.png", phishing_email),
    "a-fr-office-seal": ("fictional-office-seal.png", office_seal),
    "a-ar-seizure-record": ("fictional-seizure-record.png", seizure_record),
    "a-es-smear-post": ("fictional-smear-post.png", smear_post),
    "a-ar-damaged-car": ("fictional-damaged-car.png", damaged_car),
}


def save(image: Image.Image, path: Path) -> int:
    """A small palette PNG without metadata; returns its size in bytes."""
    mark(image)
    small = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    small.save(path, format="PNG", optimize=True)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{path.name} is {size} bytes, more than {MAX_BYTES}")
    return size


def main() -> None:
    for attachment_id, (name, draw) in IMAGES.items():
        image = draw()
        if image.width > 800 or image.height > 600:
            raise SystemExit(f"{name} is larger than 800x600")
        size = save(image, OUTPUT / attachment_id / name)
        print(f"{attachment_id}/{name}: {image.width}x{image.height}, {size} bytes")


if __name__ == "__main__":
    main()
