import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkExtensionMatch, extensionOf, sniffType } from '../../lib/limits/sniff';
import { bytesOf, JPEG_START, padTo64, PDF_START, PNG_START, windowsProgramStart, zipStartingWith } from './helpers';

function ftyp(brand: string, compatible = 'mif1heic'): Uint8Array {
  return padTo64(bytesOf([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0], compatible));
}

describe('sniffType', () => {
  it.each([
    ['PDF', PDF_START(), 'application/pdf', 'pdf'],
    ['PNG', PNG_START(), 'image/png', 'png'],
    ['JPEG', JPEG_START(), 'image/jpeg', 'jpg'],
    ['GIF', padTo64(bytesOf('GIF89a', [1, 0, 1, 0])), 'image/gif', 'gif'],
    ['WebP', padTo64(bytesOf('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')), 'image/webp', 'webp'],
    ['plain ZIP', zipStartingWith('photos/a.jpg'), 'application/zip', 'zip'],
    ['empty ZIP', padTo64(bytesOf([0x50, 0x4b, 0x05, 0x06])), 'application/zip', 'zip'],
    ['docx', zipStartingWith('word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['xlsx', zipStartingWith('xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['pptx', zipStartingWith('ppt/presentation.xml'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
    ['Office (any)', zipStartingWith('[Content_Types].xml'), 'application/vnd.openxmlformats-officedocument', 'docx'],
    ['EPUB', zipStartingWith('mimetype', 'application/epub+zip'), 'application/epub+zip', 'epub'],
    ['ODF', zipStartingWith('mimetype', 'application/vnd.oasis.opendocument.text'), 'application/vnd.oasis.opendocument', 'odt'],
    ['MP3 with ID3', padTo64(bytesOf('ID3', [4, 0, 0, 0, 0, 0, 0])), 'audio/mpeg', 'mp3'],
    ['MP3 frame', padTo64(bytesOf([0xff, 0xfb, 0x90, 0x64])), 'audio/mpeg', 'mp3'],
    ['MP4', ftyp('isom', 'isomiso2avc1mp41'), 'video/mp4', 'mp4'],
    ['MOV', ftyp('qt  ', 'qt  '), 'video/quicktime', 'mov'],
    ['old MOV', padTo64(bytesOf([0, 0, 0, 8], 'wide')), 'video/quicktime', 'mov'],
    ['HEIC', ftyp('heic'), 'image/heic', 'heic'],
    ['HEIF', ftyp('mif1', 'mif1heic'), 'image/heif', 'heif'],
    ['AVIF', ftyp('avif', 'avifmif1'), 'image/avif', 'avif'],
    ['RTF', padTo64(bytesOf('{\\rtf1\\ansi\\deff0 {\\fonttbl')), 'application/rtf', 'rtf'],
    ['OLE', padTo64(bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'application/x-ole-storage', 'doc'],
    ['7z', padTo64(bytesOf([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4])), 'application/x-7z-compressed', '7z'],
    ['RAR', padTo64(bytesOf('Rar!', [0x1a, 0x07, 0x01, 0x00])), 'application/vnd.rar', 'rar'],
    ['GZIP', padTo64(bytesOf([0x1f, 0x8b, 0x08, 0])), 'application/gzip', 'gz'],
    ['EXE', windowsProgramStart(), 'application/vnd.microsoft.portable-executable', 'exe'],
    ['ELF', padTo64(bytesOf([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])), 'application/x-elf', 'elf'],
    ['TIFF', padTo64(bytesOf('II*', [0, 8, 0, 0, 0])), 'image/tiff', 'tif'],
    ['text', bytesOf('name,email\r\nAda,ada@example.com\r\n'), 'text/plain', 'txt'],
    ['Latin-1 text', bytesOf('Caf\xe9;Cr\xe8me\n'), 'text/plain', 'txt'],
    ['UTF-16 text', bytesOf([0xff, 0xfe, 0x48, 0, 0x69, 0]), 'text/plain', 'txt'],
    ['PDF after junk', padTo64(bytesOf([0xef, 0xbb, 0xbf, 0x00, 0x01], '%PDF-1.4')), 'application/pdf', 'pdf'],
  ])('recognises %s', (_label, bytes, mime, ext) => {
    const found = sniffType(bytes);
    expect(found?.mime).toBe(mime);
    expect(found?.ext).toBe(ext);
  });

  it('returns null for empty input and unrecognised binary', () => {
    expect(sniffType(new Uint8Array(0))).toBeNull();
    expect(sniffType(new Uint8Array([0x00, 0x13, 0x37, 0x00, 0x01, 0x02]))).toBeNull();
  });

  it('does not call text that starts with "MZ" a program', () => {
    expect(sniffType(padTo64(bytesOf('MZ Holdings quarterly report, draft 3 of the final numbers...'), 0x20))?.mime).toBe('text/plain');
  });

  it('only looks at the first 64 bytes and never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const full = sniffType(bytes);
      expect(full).toEqual(sniffType(bytes.subarray(0, 64)));
      expect(() => checkExtensionMatch('x.pdf', bytes)).not.toThrow();
    }));
  });
});

describe('extensionOf', () => {
  it.each([
    ['Report.PDF', 'pdf'], ['archive.tar.gz', 'gz'], ['.bashrc', ''], ['noext', ''], ['dir.v2/file', ''], ['trailing.', ''], ['C:\\x\\a.Docx', 'docx'],
  ])('%s → %j', (name, ext) => expect(extensionOf(name)).toBe(ext));
});

describe('checkExtensionMatch', () => {
  it('passes files whose content matches their name', () => {
    expect(checkExtensionMatch('invoice.pdf', PDF_START()).verdict).toBe('match');
    expect(checkExtensionMatch('INVOICE.PDF', PDF_START()).verdict).toBe('match');
    expect(checkExtensionMatch('photo.jpeg', JPEG_START()).verdict).toBe('match');
    expect(checkExtensionMatch('letter.docx', zipStartingWith('[Content_Types].xml')).verdict).toBe('match');
    expect(checkExtensionMatch('letter.docx', zipStartingWith('word/document.xml')).verdict).toBe('match');
    expect(checkExtensionMatch('bundle.zip', zipStartingWith('a.txt')).verdict).toBe('match');
    expect(checkExtensionMatch('list.csv', bytesOf('a,b\n1,2\n')).verdict).toBe('match');
    expect(checkExtensionMatch('setup.exe', windowsProgramStart()).verdict).toBe('match');
  });

  it('flags a .pdf that is really a PNG', () => {
    const check = checkExtensionMatch('scan.pdf', PNG_START());
    expect(check.verdict).toBe('mismatch');
    expect(check.dangerous).toBe(false);
    expect(check.detected?.ext).toBe('png');
    expect(check.message).toContain('scan.pdf');
  });

  it('flags a .pdf that is really a ZIP, and a .xlsx that is really a Word file', () => {
    expect(checkExtensionMatch('report.pdf', zipStartingWith('x.txt')).verdict).toBe('mismatch');
    expect(checkExtensionMatch('sheet.xlsx', zipStartingWith('word/document.xml')).verdict).toBe('mismatch');
  });

  it('flags an iPhone HEIC photo renamed to .jpg', () => {
    expect(checkExtensionMatch('IMG_0001.jpg', ftyp('heic')).verdict).toBe('mismatch');
  });

  it('flags a program dressed as a document as dangerous, whatever the name', () => {
    for (const name of ['invoice.pdf', 'invoice.pdf.txt', 'invoice', 'photo.xyz']) {
      const check = checkExtensionMatch(name, windowsProgramStart());
      expect(check.verdict, name).toBe('mismatch');
      expect(check.dangerous, name).toBe(true);
    }
  });

  it('flags a .pdf with no recognisable signature, but not an unknown extension', () => {
    const noise = new Uint8Array([0, 1, 2, 3, 0, 5, 6, 7]);
    expect(checkExtensionMatch('contract.pdf', noise).verdict).toBe('mismatch');
    expect(checkExtensionMatch('data.bin', noise).verdict).toBe('unknown');
    expect(checkExtensionMatch('model.sketchup', zipStartingWith('a')).verdict).toBe('unknown');
  });

  it('says unknown for empty files', () => {
    expect(checkExtensionMatch('a.pdf', new Uint8Array(0)).verdict).toBe('unknown');
  });

  it('marks programs and scripts, by content or by name, and nothing else', () => {
    expect(checkExtensionMatch('setup.exe', windowsProgramStart())).toMatchObject({ verdict: 'match', program: true, dangerous: false });
    expect(checkExtensionMatch('run.BAT', bytesOf('@echo off\r\n')).program).toBe(true);
    expect(checkExtensionMatch('invoice.pdf', windowsProgramStart())).toMatchObject({ program: true, dangerous: true });
    expect(checkExtensionMatch('invoice.pdf', PDF_START()).program).toBe(false);
    expect(checkExtensionMatch('notes.txt', bytesOf('hello')).program).toBe(false);
  });
});
