/** Product photos: upload, describe, order and remove them on the listing's page in "My shop". */
export const en = {
  'photos.title': 'Photos',
  'photos.file': 'Add a photo',
  'photos.fileHint':
    'JPEG, PNG or WebP, up to 10 MB, at least 200 pixels on each side. It is resized for phones and large screens.',
  'photos.alt': 'Photo description',
  'photos.altHint': 'What the photo shows, for people who cannot see it, e.g. “Bag of roasted beans on a wooden table”.',
  'photos.upload': 'Upload photo',
  'photos.uploaded': 'The photo is added to the listing.',
  'photos.position': 'Place in the gallery',
  'photos.remove': 'Remove this photo',
  'photos.save': 'Save photos',
  'photos.arranged': 'The photos are saved.',
  'photos.noFile': 'Choose a photo first.',
} as const;

export const de: Record<keyof typeof en, string> = {
  'photos.title': 'Fotos',
  'photos.file': 'Foto hinzufügen',
  'photos.fileHint':
    'JPEG, PNG oder WebP, bis 10 MB, jede Seite mindestens 200 Pixel. Wir bringen es auf passende Größen für Handys und große Bildschirme.',
  'photos.alt': 'Fotobeschreibung',
  'photos.altHint':
    'Was das Foto zeigt, für Menschen, die es nicht sehen, z. B. „Tüte mit gerösteten Bohnen auf einem Holztisch“.',
  'photos.upload': 'Foto hochladen',
  'photos.uploaded': 'Das Foto ist jetzt beim Angebot.',
  'photos.position': 'Platz in der Galerie',
  'photos.remove': 'Dieses Foto entfernen',
  'photos.save': 'Fotos speichern',
  'photos.arranged': 'Die Fotos sind gespeichert.',
  'photos.noFile': 'Wähl zuerst ein Foto aus.',
};
