import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError, Transactional, TxHost } from '@allmende/core';
import { Category } from '../entities/category.entity';

export interface NewCategory {
  slug: string;
  nameEn: string;
  nameDe: string;
  parentId?: string | null;
  position?: number;
}

/** The category tree: two levels, parents and their children, kept by platform staff. */
@Injectable()
export class CategoryService {
  constructor(private readonly txHost: TxHost) {}

  private get categories() {
    return this.txHost.tx.getRepository(Category);
  }

  /** Every category, each parent followed by its children, both in display order. */
  async tree(): Promise<Category[]> {
    const all = await this.categories.find({ order: { position: 'ASC', slug: 'ASC' } });
    const children = (parentId: string) => all.filter((category) => category.parentId === parentId);
    return all.filter((category) => !category.parentId).flatMap((parent) => [parent, ...children(parent.id)]);
  }

  async findByIds(ids: readonly string[]): Promise<Category[]> {
    return ids.length ? this.categories.findBy({ id: In([...ids]) }) : [];
  }

  @Transactional()
  async create(input: NewCategory): Promise<Category> {
    if (await this.categories.existsBy({ slug: input.slug })) {
      throw new DomainError('CATEGORY_SLUG_TAKEN', `There is a category "${input.slug}" already`);
    }
    if (input.parentId) {
      const parent = await this.categories.findOneBy({ id: input.parentId });
      if (!parent) throw new DomainError('UNKNOWN_CATEGORY', `There is no category ${input.parentId}`);
      if (parent.parentId) throw new DomainError('CATEGORY_TOO_DEEP', 'Categories have two levels: a child cannot have children');
    }
    return this.categories.save(
      this.categories.create({ ...input, parentId: input.parentId ?? null, position: input.position ?? 0 }),
    );
  }
}
