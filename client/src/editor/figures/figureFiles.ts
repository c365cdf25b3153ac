/** Images pasted or dropped into the text go to the upload (useFigureUpload), not into the HTML. */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface FigureFilesOptions {
  /** Takes the image files; `pos` is where they were dropped (undefined: the selection). */
  onFiles: (files: File[], pos?: number) => void;
}

const imagesOf = (list: FileList | null | undefined): File[] =>
  Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));

export const FigureFiles = Extension.create<FigureFilesOptions>({
  name: 'figureFiles',
  addOptions: () => ({ onFiles: () => undefined }),
  addProseMirrorPlugins() {
    const { onFiles } = this.options;
    return [
      new Plugin({
        key: new PluginKey('figureFiles'),
        props: {
          handlePaste: (view, event) => {
            const files = imagesOf(event.clipboardData?.files);
            if (files.length === 0 || !view.editable) return false;
            onFiles(files);
            return true;
          },
          handleDrop: (view, event) => {
            const files = imagesOf(event.dataTransfer?.files);
            if (files.length === 0 || !view.editable) return false;
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            onFiles(files, at?.pos);
            return true;
          },
        },
      }),
    ];
  },
});
