// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ExplainBox } from '../../components/popup/ExplainBox';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';

afterEach(cleanup);

const AUTH_FAILURE = '535 5.7.8 Username and Password not accepted';

function explain(text: string) {
  fireEvent.input(screen.getByTestId('paste-input'), { target: { value: text } });
  fireEvent.click(screen.getByTestId('explain-button'));
}

describe('ExplainBox', () => {
  it('re-tailors an explanation already shown when the sending service arrives or changes', async () => {
    const unset: Settings = { ...DEFAULT_SETTINGS, service: 'unset' };
    const { rerender } = render(<ExplainBox settings={unset} />);
    explain(AUTH_FAILURE);
    const general = (await screen.findByTestId('card-details')).textContent;
    expect(general).not.toMatch(/App passwords/);
    // Settings load after the popup's first render, and the options page can change them while it is open.
    rerender(<ExplainBox settings={{ ...unset, service: 'gmail' }} />);
    const tailored = screen.getByTestId('card-details').textContent;
    expect(tailored).toMatch(/App passwords/);
    expect(tailored).not.toBe(general);
  });

  it('shows nothing until asked, and explains text it is opened with at once', () => {
    render(<ExplainBox settings={DEFAULT_SETTINGS} />);
    expect(screen.queryByTestId('bounce-card')).toBeNull();
    cleanup();
    render(<ExplainBox settings={DEFAULT_SETTINGS} initialText={AUTH_FAILURE} />);
    expect(screen.getByTestId('bounce-card')).toBeTruthy();
  });
});
