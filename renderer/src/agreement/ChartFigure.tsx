import { useRef, type ReactNode, type RefObject } from 'react';
import { saveExportedFile } from '../lib/saveFile';
import { Icon } from '../ui/Icon';
import { useAgreementStore } from './agreementStore';
import { standaloneSvg, svgFileName } from './svgExport';

/**
 * A chart with its caption and a "Save SVG" button, which saves the drawing as a standalone SVG
 * file through the same save path as every export.
 */
export function ChartFigure({
  title,
  fileTitle,
  caption,
  tools,
  children,
}: {
  title: string;
  /** Names the saved file, e.g. "Agreement per code (alpha)". */
  fileTitle: string;
  caption?: ReactNode;
  /** Controls shown next to the title (e.g. which measure to chart). */
  tools?: ReactNode;
  children: (svgRef: RefObject<SVGSVGElement | null>) => ReactNode;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const setStatus = useAgreementStore((s) => s.setStatus);

  const save = () => {
    const svg = svgRef.current;
    if (!svg) return;
    const fileName = svgFileName(fileTitle);
    saveExportedFile({ fileName, mimeType: 'image/svg+xml', content: standaloneSvg(svg) });
    setStatus({ kind: 'success', text: `Saved ${fileName}` });
  };

  return (
    <figure className="agr-chart">
      <div className="agr-chart__header">
        <h4 className="agr-chart__title">{title}</h4>
        {tools}
        <span className="agr-spacer" />
        <button
          type="button"
          className="btn btn--small"
          onClick={save}
          title="Save this chart as an SVG file"
        >
          <Icon name="upload" small />
          Save SVG
        </button>
      </div>
      {children(svgRef)}
      {caption && <figcaption className="agr-chart__caption">{caption}</figcaption>}
    </figure>
  );
}
