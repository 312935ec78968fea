// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AttachmentChecker, MmsChecker, SendingLimitsReference } from '../../components/size-check';
import { SENDING_LIMITS } from '../../lib/limits/sending-limits';
import { PROVIDER_LIMITS } from '../../lib/limits/providers';
import { MB } from '../../lib/limits/units';
import { PDF_START, PNG_START, windowsProgramStart } from '../limits/helpers';

afterEach(cleanup);

function fileOf(bytes: Uint8Array, name: string, type = '', totalSize = bytes.length): File {
  const parts: BlobPart[] = [bytes as unknown as BlobPart];
  if (totalSize > bytes.length) parts.push(new Uint8Array(totalSize - bytes.length) as unknown as BlobPart);
  return new File(parts, name, { type });
}

function pick(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

function typeSize(text: string) {
  fireEvent.input(screen.getByTestId('size-input'), { target: { value: text } });
  fireEvent.submit(screen.getByTestId('size-form'));
}

describe('AttachmentChecker', () => {
  it('typing a size shows a verdict for every provider', async () => {
    render(<AttachmentChecker />);
    expect(screen.queryByTestId('provider-list')).toBeNull();
    typeSize('30 MB');
    await screen.findByTestId('provider-list');
    for (const provider of PROVIDER_LIMITS) {
      expect(screen.getByTestId(`provider-row-${provider.id}`).dataset.verdict).toMatch(/^(fits|close|too-big)$/);
    }
    expect(screen.getByTestId('provider-row-gmail').dataset.verdict).toBe('too-big');
    expect(screen.getByTestId('provider-row-fastmail').dataset.verdict).toBe('fits');
    expect(screen.getByTestId('raw-total').textContent).toBe('30 MB');
    expect(screen.getByTestId('encoded-total').textContent).toBe('41.1 MB');
    expect(screen.getByTestId('size-summary').textContent).toMatch(/Too big for \d+ of \d+/);
    expect(screen.getByTestId('provider-row-gmail').textContent).toContain('Over by 5 MB');
    expect(screen.getByTestId('too-big-advice').textContent).toContain('Google Drive');
  });

  it('shows close and fits at the boundaries', async () => {
    render(<AttachmentChecker />);
    typeSize('25 MB');
    await screen.findByTestId('provider-list');
    expect(screen.getByTestId('provider-row-gmail').dataset.verdict).toBe('close');
    cleanup();
    render(<AttachmentChecker />);
    typeSize('1 MB');
    await screen.findByTestId('provider-list');
    expect(screen.getByTestId('provider-row-gmail').dataset.verdict).toBe('fits');
    expect(screen.queryByTestId('too-big-advice')).toBeNull();
  });

  it('adds typed sizes up and lets the user remove one', async () => {
    render(<AttachmentChecker />);
    typeSize('15 MB');
    typeSize('15 MB');
    await waitFor(() => expect(screen.getAllByTestId('file-item')).toHaveLength(2));
    expect(screen.getByTestId('provider-row-gmail').dataset.verdict).toBe('too-big');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Typed size 2' }));
    await waitFor(() => expect(screen.getAllByTestId('file-item')).toHaveLength(1));
    expect(screen.getByTestId('provider-row-gmail').dataset.verdict).toBe('fits');
  });

  it('rejects a size it cannot read, with an alert', async () => {
    render(<AttachmentChecker />);
    typeSize('lots');
    const error = await screen.findByTestId('size-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('size-input').getAttribute('aria-invalid')).toBe('true');
  });

  it('passes a real PDF named .pdf', async () => {
    render(<AttachmentChecker />);
    pick(screen.getByTestId('file-input'), [fileOf(PDF_START(), 'invoice.pdf', 'application/pdf', 2 * MB)]);
    await screen.findByTestId('provider-list');
    expect(screen.getByTestId('file-item').textContent).toContain('invoice.pdf');
    expect(screen.getByTestId('raw-total').textContent).toBe('2 MB');
    expect(screen.queryByTestId('mismatch-warning')).toBeNull();
  });

  it('flags a .pdf that is really a PNG', async () => {
    render(<AttachmentChecker />);
    pick(screen.getByTestId('file-input'), [fileOf(PNG_START(), 'scan.pdf', 'application/pdf')]);
    const warning = await screen.findByTestId('mismatch-warning');
    expect(warning.textContent).toContain('scan.pdf');
    expect(warning.textContent).toContain('PNG');
    expect(warning.dataset.dangerous).toBe('false');
  });

  it('flags a program named .pdf as dangerous, via drag and drop', async () => {
    render(<AttachmentChecker />);
    const file = fileOf(windowsProgramStart(), 'invoice.pdf');
    // Built by hand: testing-library's drop helper does not deliver File objects under happy-dom.
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } });
    act(() => { screen.getByTestId('drop-zone').dispatchEvent(drop); });
    expect(drop.defaultPrevented).toBe(true);
    const warning = await screen.findByTestId('mismatch-warning');
    expect(warning.dataset.dangerous).toBe('true');
  });

  it('warns that a program will be refused even when its name is honest', async () => {
    render(<AttachmentChecker />);
    pick(screen.getByTestId('file-input'), [fileOf(windowsProgramStart(), 'setup.exe')]);
    const warning = await screen.findByTestId('program-warning');
    expect(warning.textContent).toContain('552 5.7.0');
    expect(screen.queryByTestId('mismatch-warning')).toBeNull();
  });

  it('is keyboard reachable: every control has a label', () => {
    render(<AttachmentChecker />);
    expect(screen.getByLabelText('Choose files')).toBe(screen.getByTestId('file-input'));
    expect(screen.getByLabelText('Or type a file size')).toBe(screen.getByTestId('size-input'));
  });
});

describe('MmsChecker', () => {
  it('gives a verdict per carrier and number type for a typed size', async () => {
    render(<MmsChecker />);
    fireEvent.input(screen.getByTestId('mms-size-input'), { target: { value: '700 KB' } });
    fireEvent.click(screen.getByTestId('mms-check'));
    await screen.findByTestId('mms-table');
    expect(screen.getByTestId('mms-row-att-long-code').dataset.verdict).toBe('fits');
    expect(screen.getByTestId('mms-row-att-toll-free').dataset.verdict).toBe('too-big');
    expect(screen.getByTestId('mms-row-verizon-short-code').dataset.verdict).toBe('fits');
    expect(screen.getByTestId('mms-summary').textContent).toMatch(/too big for 4 of 9/);
  });

  it('uses the file content, not its name, for the type', async () => {
    render(<MmsChecker />);
    const heic = new Uint8Array(64);
    heic.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]);
    pick(screen.getByTestId('mms-file-input'), [fileOf(heic, 'photo.jpg', 'image/jpeg')]);
    await screen.findByTestId('mms-table');
    expect(screen.getByTestId('mms-row-tmobile-long-code').dataset.verdict).toBe('unsupported-type');
  });

  it('says a small picture goes everywhere', async () => {
    render(<MmsChecker initialFile={{ name: 'a.png', size: 100 * 1024, type: 'image/png' }} />);
    expect(screen.getByTestId('mms-summary').textContent).toContain('every carrier');
    expect(screen.getAllByText('Fits')).toHaveLength(9);
  });
});

describe('SendingLimitsReference', () => {
  it('lists everything, then filters as the user types', async () => {
    render(<SendingLimitsReference />);
    expect(screen.getByTestId('limits-count').textContent).toBe(`${SENDING_LIMITS.length} limits`);
    fireEvent.input(screen.getByTestId('limits-search'), { target: { value: 'icloud bcc' } });
    await waitFor(() => expect(screen.getByTestId('limits-count').textContent).toBe('1 limit'));
    expect(screen.getByTestId('limit-row-icloud-recipients-message').textContent).toContain('500');
    fireEvent.input(screen.getByTestId('limits-search'), { target: { value: 'qqqq' } });
    await waitFor(() => expect(screen.getByTestId('limits-count').textContent).toMatch(/No limits match/));
  });

  it('labels the search box', () => {
    render(<SendingLimitsReference />);
    expect(screen.getByLabelText('Search by service, plan or limit')).toBe(screen.getByTestId('limits-search'));
    expect(screen.getByRole('search')).toBeTruthy();
  });
});
